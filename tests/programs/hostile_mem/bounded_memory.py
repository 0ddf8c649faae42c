# Natives consuming generators or calling back into Python, and dropped cycles: correct results
# (the peak-RSS bounds are checked by tests/memory_bounds.rs).
print(sum(len(str(i)) for i in range(200000)))
print(sum(map(lambda i: len(str(i) * 3), range(100000))))
print(sum((i * 0.5 for i in range(1000)), 10))
print(sum([[1], [2]], []), sum(i for i in range(10)))
print(max(len(str(i)) for i in range(100000)), any(str(i) == "99999" for i in range(100000)))
print(len(list(map(lambda i: str(i) * 2, range(50000)))))
print(list(map(lambda a, b: a + b, range(5), (x * 10 for x in range(5)))))
for i in range(200000):
    a = []
    a.append(a)
print("cycles done")
class Node:
    pass
for i in range(50000):
    n = Node()
    n.me = n
    n.data = [n, str(i)]
print("instance cycles done")
it = iter(lambda: next(c), 5)
c = iter(range(10))
print(list(it))
try:
    sum(1 / (5 - i) for i in range(10))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
