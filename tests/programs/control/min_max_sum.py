people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("dee", 22, 5.5)]
print(max(people, key=lambda p: p[1]))
print(min(people, key=lambda p: p[1]))
print(max(people, key=lambda p: (p[1], p[2])))
print(min(people, key=lambda p: p[2]))
print(sum(p[1] for p in people), sum(p[2] for p in people))
print(max(p[0] for p in people), min((p[0] for p in people), key=len))
print(max([], default=0), min((), default="none"), max([1], default=5))
print(max(1, 2.5, 2), min(-1, -1.0), max("abc", "abd", key=lambda s: s[-1]))
print(sum([1, 2.5]), sum(range(0)), sum([], 7), sum([-1, 1]))
print(max([[1, 2], [1, 3], [0, 9]]), min("zebra"))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(all(p[1] > 20 for p in people), any(p[0].startswith("c") for p in people))
