# Set algebra builds its result as CPython does, so results iterate in CPython's order.
big = frozenset(range(0, 400, 3)) | frozenset([1 << 40, (1 << 40) + 8, 7 + 64, 7 + 128])
small = frozenset([3, 6, 9, 1 << 40])
print(list(big - small)[:20])
print(list(big - {0}) == list(big - frozenset([0])))
print(list(small & big), list(big & small))
print(list({1, 2, 3} & {3.0, 2.0}))
print(list({2.0, 3.0} & {1, 2, 3}))
print(type(frozenset([1, 2]) & {2}), type({2} & frozenset([1, 2])))
print(type(frozenset(range(50)) - {1}), len(frozenset(range(50)) - {1}))

s = set(range(100))
for i in range(0, 100, 2):
    s.discard(i)
s.add(1000)
c = s.copy()
print(list(c) == list(s), list(c)[:10], list(c)[-3:])
print(list(s - {1, 3}))
print(list(s & s)[:8], list(s - s))

# Collisions: keys sharing low bits.
col = set()
for k in (8, 16, 24, 32, 40, 1, 9, 17):
    col.add(k)
col.discard(16)
print(list(col.copy()), list(col - {9}), list(col & {40, 8, 17, 99}))

# Unhashable and Python-equality keys take the general path.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 4

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%d)" % self.v

ks = set(K(i) for i in range(30))
print(sorted(ks - {K(3), K(5)}, key=lambda k: k.v)[:5], len(ks - {K(3), K(5)}))
print(sorted(ks & {K(1), K(2), K(99)}, key=lambda k: k.v))

# meteor-style loop
free = frozenset(range(50))
fps = [frozenset([i, i + 1, i + 5, i + 6, i + 7]) for i in range(40)]
n = 0
for fp in fps:
    if fp <= free:
        nf = free - fp
        n += min(nf) + len(nf & frozenset([i for i in range(0, 50, 7)]))
print(n)
