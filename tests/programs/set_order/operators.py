# Set operators build their results as CPython's setobject.c does, so results iterate (and
# print) in CPython's order. Ints only: their hashes are the same everywhere (str hashes differ
# between interpreters and between hash seeds).

print({1, 2, 3} ^ {1, 9})
print({1, 9} ^ {1, 2, 3})
print(frozenset({1, 2, 3}) ^ {1, 9})

a = set(range(0, 40, 3))
b = set(range(0, 80, 5))
for x, y in [(a, b), (b, a), (a, a), (a, set()), (set(), b)]:
    print(x | y)
    print(x & y)
    print(x - y)
    print(y - x)
    print(x ^ y)

# Keys that collide in small tables (multiples of 8, 32, 64), negative keys, and hash(-1) ==
# hash(-2).
c = {0, 8, 16, 24, 32, 64, 128, -1, -2, -8, -16}
d = {8, 33, 65, 97, -2, -3, 1, 2}
print(c | d, d | c)
print(c & d, d & c)
print(c - d, d - c)
print(c ^ d, d ^ c)
print(frozenset(c) | d, frozenset(d) - c)
print(list({-1, -2, 5}))
xs = [-2, -1, 5]
print(list(set(xs)), list(set(xs[::-1])))

# Big sets: copies, differences where one side is much smaller (copy, then remove).
big = set(range(0, 3000, 7))
small = {7, 14, 21, 700, 1400, 5}
print(list(big - small)[:20], len(big - small))
print(list(small - big), list(big & small), list(small ^ big)[:10])
print(list(big | small)[-10:])

# In-place operators keep the left set's table: their orders differ from the plain ones.
for op in ["|=", "&=", "-=", "^="]:
    s = set(c)
    t = set(d)
    exec("s " + op + " t")
    print(op, s)

# frozenset has no in-place operators: the name is rebound, the old value is untouched.
f = frozenset({1, 2})
g = f
f |= {3}
f -= {1}
print(g, f, type(f).__name__)
print(frozenset(g) is g, g.copy() is g)
