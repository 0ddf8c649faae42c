def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: b + a, "abc", ""))
def partial(f, *pa, **pk):
    def g(*a, **k):
        return f(*pa, *a, **{**pk, **k})
    return g
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), partial(max, 3)(1, 7))
def memoize(f):
    cache = {}
    def g(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    return g
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
print(sorted(["Banana", "apple", "Cherry"], key=str.casefold))
print(list(map(max, [1, 5, 3], [4, 2, 6])))
print(callable(print), callable(my_map), callable(None))
