from collections import Counter

c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), c.most_common(0), c.total())
print(sorted(c.elements()), c["z"], "z" in c, len(c))
d = Counter(a=3, b=-1, c=0)
print(d, sorted(d.elements()), +d, -d)
print(c + d, c - d, c | d, c & d)
e = Counter({"a": 1, "x": 2})
e.update("aaz")
e.update({"x": 3})
print(e)
e.subtract(a=10)
e.subtract(["x"])
print(e)
del e["nothing"]
del e["z"]
print(e, e.copy(), type(e.copy()).__name__, isinstance(e, dict))
f = Counter(a=2, b=1)
f += Counter(a=1, b=-5)
print(f)
f -= Counter(a=1)
print(f)
f |= Counter(a=5, q=1)
print(f)
f &= Counter(a=2)
print(f)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2, b=1))
print(Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))
print(Counter() , repr(Counter()), Counter([1, 1, 2]) == {1: 2, 2: 1})
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)
try:
    Counter(a=1) < 3
except TypeError as e:
    print("TypeError", e)
words = "the cat the dog the end cat".split()
print(Counter(words).most_common(2), sorted(Counter(words).items()))
print(Counter({"x": 2}) + Counter(), Counter("ab") - Counter("abc"))
class MyCounter(Counter):
    pass
print(MyCounter("aab"), type(MyCounter("a").copy()).__name__)
