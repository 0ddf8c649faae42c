import argparse, collections, re, sys, io
text = """The quick brown fox jumps over the lazy dog. The dog barks!
A fox, a dog, and THE cat. Don't stop; it's fine."""
p = argparse.ArgumentParser(description="Count words")
p.add_argument("--top", type=int, default=5, help="how many")
p.add_argument("--lower", action="store_true")
p.add_argument("files", nargs="*")
args = p.parse_args(["--top", "4", "--lower"])
print(args)
words = re.findall(r"[A-Za-z']+", text)
if args.lower:
    words = [w.lower() for w in words]
c = collections.Counter(words)
for w, n in c.most_common(args.top):
    print(f"{w:>10} {n:3d}")
print(sum(c.values()), len(c))
print(c["dog"], c["zebra"])
c2 = collections.Counter("abracadabra")
print(c2.most_common(3), (c2 - collections.Counter("aab")))
print(sorted(c2.elements()))
p.print_help()
try:
    p.parse_args(["--top", "x"])
except SystemExit as e:
    print("exit", e.code)
