# Slice assignment from another list or tuple (read in place) and from the list itself.
a = list(range(10))
b = [100, 101, 102]
a[2:5] = b
print(a)
a[2:5] = (7, 8)
print(a)
a[1:1] = [50, 51, 52, 53]
print(a)
a[::3] = [0] * len(range(0, len(a), 3))
print(a)
a[8:2:-2] = ("x", "y", "z")
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
a[:] = a
print(a)
a[::-1] = a
print(a)
a[1:4] = a
print(a)
t = (1, 2, 3)
c = [9, 9, 9, 9]
c[1:] = t
print(c)
c[:0] = []
print(c)
perm = [3, 1, 0, 2, 4]
k = perm[0]
flips = 0
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
flags = [True] * 50
i = 2
while i * i < 50:
    if flags[i]:
        flags[i * i::i] = [False] * len(range(i * i, 50, i))
    i += 1
print([k for k in range(2, 50) if flags[k]])


class L(list):
    pass


d = L([1, 2, 3, 4])
d[1:3] = L(["a"])
print(d, type(d).__name__)
e = [0, 0, 0]
e[0:2] = L([5, 6])
print(e)
try:
    e[::2] = (1, 2, 3)
except ValueError as ex:
    print("ValueError", ex)
