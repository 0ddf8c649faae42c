print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c != "l"])
print({x % 4 for x in range(10)}, {k: v for k, v in zip("abc", range(3))})
print(list(x ** 2 for x in range(5)), sum(x for x in range(101)))
flat = [item for sub in [[1, 2], [3], [], [4, 5, 6]] for item in sub]
print(flat)
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print([(lambda y: y + i)(10) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print([i if i % 2 else -i for i in range(6)])
