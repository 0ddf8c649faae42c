s = "  Hello, World! Hello!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase())
print(t.find("Hello"), t.rfind("Hello"), t.find("xyz"), t.find("o", 5), t.find("o", 5, 8))
print(t.index("World"), t.rindex("l"), t.count("l"), t.count("Hello"), t.count(""))
print(t.replace("Hello", "Bye"), t.replace("Hello", "Bye", 1), t.replace("", "-")[:10])
print(t.startswith("Hello"), t.startswith("World", 7), t.endswith("!"), t.endswith(("x", "!")))
print(t.startswith(("a", "H")), "abc".endswith("bc", 0, 3), "abc".endswith("b", 0, 2))
print("hello world foo".title(), "hELLO wORLD".capitalize(), "they're bill's".title())
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ab1".isalnum(), "ab 1".isalnum())
print("  \t\n".isspace(), "".isspace(), " a ".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "abc1".islower(), "123".isupper())
print("Title Case".istitle(), "not Title".istitle(), "".isdigit(), "٣".isdigit())
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("a,b,,c".split(","), "a b  c ".split(), " x ".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "one two three".rsplit(None, 1), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join(str(i) for i in range(4)))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
