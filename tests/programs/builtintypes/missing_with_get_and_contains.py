class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()), c["zzz"], c.get("zzz"), c.get("zzz", -1), "zzz" in c, len(c))
class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + key)
try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)
