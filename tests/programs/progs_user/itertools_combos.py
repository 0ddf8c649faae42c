"""itertools-heavy combinatorics."""
import itertools as it
import operator
from collections import Counter

print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(5), 3))[:4], len(list(it.combinations(range(10), 4))))
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.product([0, 1], repeat=3))[-3:])
print(["".join(p) for p in it.product("ab", "12")])
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("q", 3)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(it.takewhile(str.isalpha, "ab1c")))
print(list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aaabccddd")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
for letter, group in it.groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
a, b = it.tee(range(4))
print(list(a), list(zip(b, range(10, 14))))
print(list(it.pairwise("abcd")))


def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield ()
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield (k,) + rest


print(list(partitions(5)), sum(1 for _ in partitions(15)))

coins = [1, 2, 5]
ways = Counter()
for r in range(1, 5):
    for combo in it.combinations_with_replacement(coins, r):
        ways[sum(combo)] += 1
print(sorted(ways.items())[:8])


def subsets(s):
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


print([s for s in subsets([1, 2, 3, 4]) if sum(s) == 5])
# magic squares 3x3 brute-force over permutations
count = 0
for q in it.permutations([1, 2, 3, 4, 6, 7, 8, 9]):
    p = q[:4] + (5,) + q[4:]
    if p[0] + p[1] + p[2] != 15 or p[3] + p[4] + p[5] != 15:
        continue
    rows = [p[0:3], p[3:6], p[6:9]]
    cols = list(zip(*rows))
    if all(sum(c) == 15 for c in cols) and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
        count += 1
        if count == 1:
            print("first magic:", rows)
print("magic squares:", count)
print(list(it.product(range(2), "ab", repeat=1)), next(it.permutations([])))
it2 = it.count(1.5, 0.5)
print(next(it2), next(it2), list(it.repeat(1, 2)), next(it.count(3)))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
