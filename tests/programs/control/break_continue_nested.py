found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
for i in range(10):
    if i % 3 == 0:
        continue
    for j in range(10):
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print(count)
out = []
i = 0
while i < 5:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        out.append((i, j))
print(out)
matrix = [[1, 2, -3], [4, -5, 6], [7, 8, 9]]
for row in matrix:
    for v in row:
        if v < 0:
            print("first negative in row", row, "is", v)
            break
    else:
        print("no negatives in", row)
