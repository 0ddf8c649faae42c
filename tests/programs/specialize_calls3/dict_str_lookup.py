# Dict lookups with exact str keys take a fast path: it must still find equal keys that are
# other objects (str subclasses, instances whose __eq__ says yes), tell lengths 0..40 apart,
# and handle non-ASCII text.


class Key:
    """Hashes like a str and equals it."""

    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("  Key.__eq__", self.s, "==", other)
        return other == self.s


class S(str):
    pass


def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


# Texts of every length up to 40 differing only in one byte (first, middle, last).
for n in range(0, 41):
    base = "".join(chr(97 + (i % 26)) for i in range(n))
    variants = {base}
    for pos in {0, n // 2, n - 1} if n else set():
        variants.add(base[:pos] + "Z" + base[pos + 1:])
    d = {v: i for i, v in enumerate(sorted(variants))}
    hits = [d.get(v) for v in sorted(variants)]
    misses = [d.get(v + "!") for v in sorted(variants)]
    assert hits == list(range(len(variants))), (n, hits)
    assert misses == [None] * len(variants), n
print("lengths ok")

words = "the quick brown fox jumps over the lazy dog the end".split()
for _ in range(3):
    c = count(words)
print(sorted(c.items()))

# Keys that are not exact strs.
d = count(words)
d[Key("zebra")] = "key"
print(d.get("zebra"), "zebra" in d)
d2 = {S("cat"): 1}
print(d2.get("cat"), d2["cat"], "cat" in d2, d2.get(S("cat")))
d3 = {"cat": 1}
print(d3.get(S("cat")), d3[S("cat")])
# Hash collisions between a str and other key kinds.
d4 = {hash("dog"): "int", "dog": "str", b"dog": "bytes", 1.5: "float", None: "none"}
print(d4["dog"], d4[hash("dog")], d4[b"dog"], d4[1.5], d4[None])
# Non-ASCII keys.
d5 = count("héllo wörld héllo ß ß ß 日本 日本".split())
print(sorted(d5.items()))
print(d5.get("héllo"), d5.get("hello"), d5.get("日本"))
# Mutation while iterating still raises.
try:
    for k in d5:
        d5[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
