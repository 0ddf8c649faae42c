r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], 5 in r, 6 in r)
print(r.index(8), r.count(11), r.start, r.stop, r.step)
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 5)), list(range(-3)))
print(range(0, 10) == range(0, 10, 1), range(0) == range(5, 5), range(1, 4)[::-1])
print(sum(range(0, 1000000, 7)), len(range(-10 ** 12, 10 ** 12, 3)))
print(list(reversed(range(4))), max(range(7)), sorted(range(3, 0, -1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
