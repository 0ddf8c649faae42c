a = list(range(20))
a[::3] = ['x'] * 7
print(a)
a[1::4] = a[:5]
print(a)
b = list(range(6)); b[::2] = b[1::2]; print(b)
b = list(range(6)); b[::-2] = b[:3]; print(b)
try:
    c = list(range(6)); c[::2] = c
except ValueError as e:
    print("ValueError:", e)
d = list(range(10)); d[::3] = (i * i for i in range(4)); print(d)
