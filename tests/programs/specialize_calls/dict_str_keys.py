# Dict lookups and stores with str keys (the inline str comparison and cached hash), next to
# keys that need Python equality: str subclasses with their own __eq__/__hash__, and
# instances hashing like a str.
class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Same:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return other == self.s


counts = {}
for w in "a b c a b a".split() * 3:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

d = {Loud("k"): 1, "plain": 2}
print(d["k"], d.get("k"), "k" in d, d["plain"])
d["k"] = 10
print(sorted((str(k), v) for k, v in d.items()))

e = {Same("x"): "same"}
print(e.get("x"), e.get("y"))
e["x"] = "replaced"
print(len(e), list(e.values()))

f = {"x": 1}
print(f.get(Same("x")), f.get(Same("z"), "none"))
f[Same("x")] = 2
print(len(f), f["x"])

try:
    {}[["unhashable"]] = 1
except TypeError as err:
    print("TypeError:", err)
g = {}
for i in range(20):
    g["k" + str(i % 7)] = i
print(sorted(g.items()))
