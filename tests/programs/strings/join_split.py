path = "/usr/local/bin/python3"
parts = path.split("/")
print(parts, len(parts))
print("/".join(parts[:-1]), parts[-1])
print(path.rsplit("/", 1), path.split("/", 2))
sentence = "  many   spaces\there\nand newlines  "
print(sentence.split(), sentence.split(" "))
print(sentence.split(None, 2), sentence.rsplit(None, 2))
print("a::b::c".split("::"), "::".join(["x", "y", "z"]))
print("k1=v1;k2=v2;k3".split(";"))
pairs = {}
for item in "k1=v1;k2=v2;k3".split(";"):
    k, sep, v = item.partition("=")
    pairs[k] = v if sep else None
print(pairs)
print("1,2,3,4".split(",", maxsplit=2), "1 2 3".rsplit(maxsplit=1))
print(list(map(int, "10 20 30".split())), sum(map(int, "1 2 3 4".split())))
print("\n".join(["a", "b"]).splitlines(), "abc".split("abc"), "aaa".split("a"))
print("".join([]), repr(" ".join([""])), "-".join("123"))
