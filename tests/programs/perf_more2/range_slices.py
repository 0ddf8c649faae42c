# Slices of ranges (a fast path for small bounds; big ones take the general path).
import itertools

ranges = [range(10), range(3, 20, 4), range(20, 3, -3), range(0), range(-5, 5), range(7, 7),
          range(-10, -30, -1), range(0, 100, 7)]
bounds = [None, 0, 1, -1, 3, -3, 5, 100, -100, 2**63, -(2**63), 2**70]
steps = [None, 1, 2, -1, -2, 3, 5, -7, 2**64]
count = 0
for r in ranges:
    for a, b, c in itertools.product(bounds, bounds, steps):
        s = r[a:b:c]
        lst = list(r)[a:b:c]
        assert list(s) == lst, (r, a, b, c, s, lst)
        count += 1
print(count)
print(range(10)[2:8:2], range(10)[::-1], range(10)[-3:], range(5, 50, 5)[1:-1:3])
print(range(2**62, 2**63 - 1, 2**60)[::-1], range(-2**63, 2**63 - 1)[1:3])
print(range(0, 2**64, 2**62)[1:], range(10)[True:], range(10)[::True])
try:
    range(10)[::0]
except ValueError as e:
    print("ValueError", e)
try:
    range(10)[1.5:]
except TypeError as e:
    print("TypeError", e)


class Idx:
    def __index__(self):
        return 4


print(range(10)[Idx():], range(10)[:Idx()], hash(range(10)[2:5]) == hash(range(2, 5)))
r = range(100000)
print(len(r[: len(r) // 2]), r[len(r) // 2 + 1:][0], r[50000:50001] == range(50000, 50001))
