s = {1, 2, 3}
print(sorted(s.union([4], (5,))), sorted(s.intersection([1, 2], {2, 3})), sorted(s.difference([1], [2])), sorted(s.symmetric_difference([3, 4])))
print(s.issubset(range(5)), s.issuperset([1]), s.isdisjoint([7]), s.isdisjoint((1,)))
t = set(s)
t.update([9], (8,)); t.intersection_update([1, 9, 8, 2]); t.difference_update([2]); t.symmetric_difference_update([1, 100])
print(sorted(t))
u = {1, 2}
u |= {3}; u &= {1, 3, 5}; u -= {1}; u ^= {7, 3}
print(sorted(u), u.pop() in (7,), u, s.copy() == s, s.copy() is s)
u.clear()
print(u, len(u))
try:
    u.remove(1)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
