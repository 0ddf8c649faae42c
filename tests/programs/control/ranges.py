print(list(range(5)), list(range(2, 8)), list(range(0, 20, 4)))
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(-1, -10, -2)))
print(list(range(5, 0)), list(range(0, 5, -1)), list(range(-5, 5, 3)))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
for i in range(3, -4, -2):
    print(i, end=" ")
print()
print(len(range(0, 100, 3)), range(0, 100, 3)[10], range(100, 0, -3)[-1])
r = range(1, 11)
print(sum(r), min(r), max(r), sum(x * x for x in r))
for i in range(2):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
