# Set methods with several arguments and with other iterables (lists, dicts, ranges) follow
# CPython's steps, so results iterate in CPython's order.

a = {5, 13, 21, 29, 37, 45, -1, -2, 100}
lst = [45, 3, 11, 19, 27, 35, 43, -3, 45]
dct = dict.fromkeys([64, 0, 32, 96, 5, 200])
rng = range(0, 60, 4)

print(a.union(lst), a.union(dct), a.union(rng, lst, {7}))
print(a.intersection(lst), a.intersection(rng, a), a.intersection())
print(a.difference(lst), a.difference(dct), a.difference(rng, [5]), a.difference())
print(a.symmetric_difference(lst), a.symmetric_difference(dct), a.symmetric_difference(rng))
print(set(dct), frozenset(lst), set(a), set(rng), set(frozenset(lst)))

s = set(a); s.update(lst, dct); print(s)
s = set(a); s.intersection_update(rng, range(100)); print(s)
s = set(a); s.difference_update(lst, dct); print(s)
s = set(a); s.symmetric_difference_update(dct); print(s)
s = set(a); s.symmetric_difference_update(lst); print(s)
s = set(a); s.__init__(lst); print(s)
s = set(a); s.__init__(s); print(s)
print({*a, *lst}, {*dct}, a.copy())

# Removals leave dummies; later adds reuse them; pops walk the table.
s = {3, 6, -2, 0}
for x in [0, 3, 6, -2]:
    s.discard(x)
for x in [6, 0, 8, 3, 2, -2, -3, 1, 4, 7, -1, 5, 9]:
    s.add(x)
print(s)
t = set(s)
print(t, t.pop(), t.pop(), t)
s = set(range(50))
for x in range(0, 50, 2):
    s.remove(x)
print(s)
s -= set(range(0, 50, 3))
print(s, s.pop(), s)


class S(set):
    pass


u = S({1, 2, 3, 33})
u |= {65, 4}
u ^= {1, 97}
print(type(u).__name__, sorted(u), set(u), u | {9}, type(u - {1}).__name__)
