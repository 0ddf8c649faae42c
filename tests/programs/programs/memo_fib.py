cache = {0: 0, 1: 1}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
for n in [10, 50, 100, 200, 400]:
    print(n, fib(n))
print("calls", calls, "cached", len(cache))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib_iter(i) for i in range(401)))
def fib_matrix(n):
    def mul(x, y):
        return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
                [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[0][1]
print(fib_matrix(1000) == fib_iter(1000), len(str(fib_matrix(1000))))
print(str(fib_matrix(5000))[:30])
digits = {}
for i in range(1, 300):
    d = len(str(fib_iter(i)))
    digits.setdefault(d, i)
print([digits[d] for d in range(1, 11)])
# Memoization with a decorator and a tuple-keyed cache (grid paths / binomials).
def memoize(fn):
    table = {}
    def wrapper(*args):
        if args not in table:
            table[args] = fn(*args)
        return table[args]
    wrapper.table = table
    return wrapper
@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print([binom(10, k) for k in range(11)])
print(binom(100, 50), len(binom.table))
@memoize
def partitions(n, m):
    if n == 0:
        return 1
    if n < 0 or m == 0:
        return 0
    return partitions(n - m, m) + partitions(n, m - 1)
print([partitions(n, n) for n in range(1, 21)], partitions(100, 100))
