memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(300))
print(len(memo))
def count_change(amount, coins):
    table = {}
    def go(a, i):
        if a == 0:
            return 1
        if a < 0 or i == len(coins):
            return 0
        key = (a, i)
        if key not in table:
            table[key] = go(a - coins[i], i) + go(a, i + 1)
        return table[key]
    return go(amount, 0)
print(count_change(100, [1, 5, 10, 25, 50]), count_change(300, [2, 3, 7]))
def lcs(a, b):
    cache = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if (i, j) in cache:
            return cache[(i, j)]
        if a[i] == b[j]:
            r = a[i] + go(i + 1, j + 1)
        else:
            x, y = go(i + 1, j), go(i, j + 1)
            r = x if len(x) >= len(y) else y
        cache[(i, j)] = r
        return r
    return go(0, 0)
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"))
