sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in "+-*":
    print(op, ops[op](6, 3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sq.__name__, (lambda: 0).__name__)
fns = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fns])
y = 5
get_y = lambda: y
y = 6
print(get_y())
print((lambda x: (lambda y: x * y))(3)(4))
