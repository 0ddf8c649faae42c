"""Recursive algorithms: towers of Hanoi, permutations, power set, flood fill, Ackermann,
mutual recursion, memoised partitions, and the recursion limit."""
import sys
from functools import lru_cache, cache
from itertools import permutations


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def perms(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for rest in perms(seq[:i] + seq[i + 1:]):
            yield [x] + rest


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def flood(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    grid[r][c] = new
    n = 1
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]) and grid[rr][cc] == old:
            n += flood(grid, rr, cc, new)
    return n


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@cache
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0


moves = hanoi(4)
print(len(moves), moves[:5], moves[-1])
print(list(perms("abc")) == [list(p) for p in permutations("abc")], sum(1 for _ in perms(list(range(6)))))
print(power_set([1, 2, 3]))
grid = [list(r) for r in ["..##", ".#..", "...#", "##.."]]
print(flood(grid, 0, 0, "o"), ["".join(r) for r in grid])
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
print(is_even(10), is_odd(7), is_even(301))
print([partitions(n) for n in range(1, 16)], partitions(100), partitions.cache_info().hits > 0)
print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))
nested = [1, [2, [3, [4, [5]], 6]], (7, 8), [[[]]]]
print(list(flatten(nested)), depth(nested))


def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


print(countdown(500), sys.getrecursionlimit() >= 1000)
try:
    countdown(100000)
except RecursionError as e:
    print("RecursionError:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(countdown(2500))
sys.setrecursionlimit(old)


def self_ref():
    lst = [1, 2]
    lst.append(lst)
    d = {"k": None}
    d["k"] = d
    return repr(lst), repr(d)


print(self_ref())
