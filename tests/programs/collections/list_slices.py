a = list(range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[8:2:-2])
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = []
print(a)
a[-2:] = "ab"
print(a)
b = list(range(10))
b[::2] = [0] * 5
print(b)
b[1::2] = "abcde"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[1:3]
print(c)
del c[::2]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
d = list(range(6))
d[len(d):] = [6, 7]
print(d)
d[:0] = [-1]
print(d)
e = [1, 2, 3]
e[5:10] = [4]
print(e)
f = list(range(8))
f[6:1:-2] = ["p", "q", "r"]
print(f)
g = [1, 2, 3, 4]
g[1:3] = g
print(g)
try:
    [1, 2][5]
except IndexError as ex:
    print("IndexError:", ex)
try:
    x = [1]
    x[3] = 0
except IndexError as ex:
    print("IndexError:", ex)
