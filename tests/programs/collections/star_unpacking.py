a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 5), {*a, *b} == {1, 2, 3, 4})
print({**{"x": 1}, **{"y": 2}}, [*"abc", *range(3)])
first, *others = sorted([5, 2, 9, 1])
print(first, others)
*head, tail = (1,)
print(head, tail)
def f(*args):
    return args
print(f(*a, *b, 0), f(*[]), f(*"hi"))
x, (y, *z), w = 1, (2, 3, 4), 5
print(x, y, z, w)
for k, *vals in [("a", 1, 2), ("b",)]:
    print(k, vals)
m = [[1, 2, 3], [4, 5, 6]]
print(*m)
print(*m[0], sep="-")
print(list(zip(*m)))
