a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a.union(b) == a | b, a.intersection(b) == a & b, a.difference(b) == a - b, a.symmetric_difference(b) == a ^ b)
print(a.union([9], (10,)) == {1, 2, 3, 4, 9, 10})
s = set()
s.add(5)
s.add(5)
s.add(1)
print(s, len(s))
s.discard(7)
s.discard(5)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.issubset({1, 2}), {1, 2, 3} >= {3}, {1, 2, 3}.issuperset([1, 4]))
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2]))
print({1, 2, 3} == {3, 2, 1}, set([3, 3, 1]), set(range(5)), set())
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, fs & {2}, hash(fs) == hash(frozenset({3, 2, 1})))
print({fs: "ok"}[frozenset([3, 1, 2])])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
c = {10, 20}
c |= {30}
c &= {10, 30, 40}
print(sorted(c))
c -= {10}
c ^= {30, 50}
print(c)
u = {x % 5 for x in range(20)}
print(u, 3 in u, 7 in u)
print(sorted({-1, 5, 3, -7}), len({0, 0.0, False}), {1, 2}.pop() in (1, 2))
print(frozenset(), set([1]) == frozenset([1]))
e = {1, 2, 3}
e.update([4], {5})
e.intersection_update(range(2, 5))
print(e)
e.difference_update({2})
print(e, e.copy(), e.copy() is e)
