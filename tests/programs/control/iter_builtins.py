names = ["ann", "bob", "cy"]
ages = [30, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 10):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
print(list(zip(names, ages, "xyz")), list(zip()), list(zip([1])))
print(list(reversed(names)), sorted(names, reverse=True), sorted(ages, key=lambda a: -a))
print(list(map(len, names)), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(lambda a: a > 28, ages)), list(filter(None, [0, 1, 2, 0])))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 35 for x in ages))
print(sum(ages), sum(ages, 100), sum([[1], [2]], []))
print(min(ages), max(ages), min(names, key=len), max(names, key=lambda n: n[-1]))
print(max([], default="empty"), min([5], default=0), max(3, 1, 2), min("b", "a"))
print(max([(1, "a"), (1, "b")]), min([3, 1, 2], key=lambda x: x % 3))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
it2 = iter(range(3))
print(list(it2), list(it2))
e = enumerate("ab")
print(next(e), next(e))
m = map(str.upper, "xyz")
print(next(m), list(m))
z = zip(range(3), "abc")
print(dict(z))
print(list(reversed(range(1, 6, 2))), list(reversed((1, 2, 3))))
print(sorted([3, 1, 2]), sorted("cba"), sorted({2: 0, 1: 0}))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
