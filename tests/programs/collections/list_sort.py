data = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 3.1), ("eve", 22, 3.5)]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: (r[1], r[0])))
print(sorted(data, key=lambda r: (-r[2], r[0])))
print(sorted(data, key=lambda r: r[2], reverse=True))
# stability
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
nums.sort(key=lambda n: (n % 3, n))
print(nums)
strs = ["10", "9", "100", "1"]
print(sorted(strs), sorted(strs, key=int), sorted(strs, key=len))
print(sorted([3.5, 1, 2.25, -1e10, 10 ** 20]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-5:], big == list(range(1, 1001)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1], []]))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
