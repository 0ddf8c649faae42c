"""Dynamic programming classics: knapsack, LCS, edit distance, coin change, LIS."""
from functools import lru_cache
from bisect import bisect_left


def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return dp[-1][-1], chosen[::-1]


def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def edit_distance(s, t):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(s):
            return len(t) - j
        if j == len(t):
            return len(s) - i
        if s[i] == t[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
    return go(0, 0)


def coin_change(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        best[a] = min((best[a - c] + 1 for c in coins if c <= a), default=INF)
    return best[amount] if best[amount] != INF else -1


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def lis(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
print(lcs("AGGTAB", "GXTXAYB"), repr(lcs("abc", "xyz")), lcs("the quick brown", "thy quack brawn"))
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(s, t, edit_distance(s, t))
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), count_ways([1, 2, 5], 100))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50, 0, -1))))


@lru_cache(None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(100, 100), partitions.cache_info().currsize > 0)
tri = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
for row in range(len(tri) - 2, -1, -1):
    for i in range(len(tri[row])):
        tri[row][i] += max(tri[row + 1][i], tri[row + 1][i + 1])
print(tri[0][0])
grid_paths = [[1] * 10 for _ in range(10)]
for r in range(1, 10):
    for c in range(1, 10):
        grid_paths[r][c] = grid_paths[r - 1][c] + grid_paths[r][c - 1]
print(grid_paths[-1][-1], 2 ** 100 % 1000000007, pow(3, 10**6, 10**9 + 7))
