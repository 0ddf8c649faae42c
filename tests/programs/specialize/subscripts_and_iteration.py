def get(c, k):
    return c[k]

xs = [10, 20, 30]
for i in range(40):
    get(xs, i % 3)
print(get(xs, -1), get((1, 2, 3), 1), get("hello", 4), get({"a": 1}, "a"), get("héllo", 1))
try:
    get(xs, 3)
except IndexError as e:
    print("IndexError:", e)
try:
    get((1, 2), 5)
except IndexError as e:
    print("IndexError:", e)
try:
    get("ab", 9)
except IndexError as e:
    print("IndexError:", e)
try:
    get({}, "missing")
except KeyError as e:
    print("KeyError:", e)
class D(dict):
    def __missing__(self, k):
        return k * 2
print(get(D(), 21))

def total(it):
    t = 0
    for v in it:
        t += v
    return t

for _ in range(10):
    total(range(10))
    total([1, 2, 3])
print(total(range(5)), total([4, 5]), total((6, 7)), total(x for x in range(4)), total({1: 0, 2: 0}))
lst = [1, 2, 3]
out = []
for v in lst:
    out.append(v)
    if v == 2:
        lst.append(9)
print(out)
