n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n, 0, -1):
    print("".join(str(j) for j in range(1, i + 1)))
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
print(table)
pascal = [[1]]
for _ in range(9):
    prev = pascal[-1]
    pascal.append([1] + [prev[k] + prev[k + 1] for k in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(40).rstrip())
count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                count += 1
print(count)
