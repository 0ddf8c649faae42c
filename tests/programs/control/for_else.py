def find(lst, target):
    for i, v in enumerate(lst):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else", i)
for x in []:
    print("never")
else:
    print("empty for else")
for c in "abc":
    if c == "b":
        continue
    print(c)
else:
    print("done")
