# Set algebra the way meteor_contest uses it: frozensets of small ints, subset tests,
# differences, intersections, min, iteration; printed sets of ints iterate in CPython's order.
board = list(range(50))
free = frozenset(board)
fps = [frozenset(range(s, s + 5)) for s in range(0, 45, 3)]
for fp in fps:
    assert fp <= free
n_free = free
taken = []
for fp in fps[::2]:
    if fp <= n_free:
        n_free = n_free - fp
        taken.append(min(fp))
print(taken, len(n_free), min(n_free), sorted(n_free)[:8])
print(n_free & frozenset([4, 5, 6, 49, 48]), type(n_free).__name__)
print(frozenset([3, 1, 2]) | {9, 8}, {1, 2, 3} ^ {3, 4}, {10, 20} - {20})
print(set([64, 32, 0, 16, 8]), set(range(20, 0, -3)))
s = set()
for i in range(100):
    s.add(i * 37 % 101)
for i in range(0, 100, 3):
    s.discard(i * 37 % 101)
print(len(s), list(s)[:10], s.isdisjoint({1000}), s.isdisjoint(set(range(5))))
c = s.copy()
print(c == s, list(c) == list(s), len(c))
while len(c) > 60:
    c.pop()
print(len(c), sorted(c)[:5])
big = set(range(100000))
big -= set(range(0, 100000, 2))
print(len(big), min(big), max(big))
fs = {frozenset([i, i + 1]) for i in range(10)}
print(len(fs), frozenset([3, 4]) in fs, frozenset([4, 3]) in fs)
print([len(free - fp) for fp in fps[:4]], [len(fp & {1, 7, 13}) for fp in fps[:4]])
