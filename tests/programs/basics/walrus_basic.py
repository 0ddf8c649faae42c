data = [5, 12, 3, 18, 7]
if (n := len(data)) > 3:
    print("long", n)
total = 0
i = 0
while (x := data[i] if i < len(data) else None) is not None:
    total += x
    i += 1
print(total, i)
big = [y for v in data if (y := v * 2) > 10]
print(big, y)
print((a := 3) + a)
def f():
    results = []
    it = iter(range(10))
    while (v := next(it, None)) is not None:
        if v % 3 == 0:
            results.append(v)
    return results
print(f())
