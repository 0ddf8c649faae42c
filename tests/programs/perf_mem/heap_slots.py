# Objects of every size class of the old layout live side by side in the heap's pages;
# collections free and reuse slots while the survivors keep their contents.
import gc

# strings around the inline-text limit (46 bytes) and beyond
texts = ["a" * n for n in range(0, 100, 3)] + ["é" * n for n in range(0, 40, 7)]
for t in texts:
    assert len(t) in range(100)
print(sum(len(t) for t in texts), [len(t) for t in texts[-5:]])
print(("x" * 45 + "y") == ("x" * 45 + "y"), hash("q" * 46) == hash("q" * 45 + "q"))

# tuples of 0..6 items (three are inline)
tups = [tuple(range(n)) for n in range(7)]
print(tups, [len(t) for t in tups], tups[3] + tups[4])
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), (1, 2, 3, 4) < (1, 2, 3, 5))

# many short-lived objects across collections; the survivors are intact
keep = []
for i in range(60000):
    s = str(i) + "x"
    t = (i, s)
    if i % 997 == 0:
        keep.append(t)
gc.collect()
print(len(keep), keep[:3], keep[-1])
assert all(t[1] == str(t[0]) + "x" for t in keep)

# instances with a few attributes, some dying
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

ps = [P(i, -i) for i in range(20000)]
ps = ps[::7]
gc.collect()
print(len(ps), sum(p.a + p.b for p in ps), ps[-1].a)

# dicts and sets past and under the small-table limit
ds = [{k: k * k for k in range(n)} for n in (0, 1, 8, 9, 40)]
print([len(d) for d in ds], ds[2], sorted(ds[4].items())[-2:])
ss = [set(range(n)) for n in (0, 1, 5, 9, 50)]
print([len(s) for s in ss], ss[3], sum(ss[4]))
