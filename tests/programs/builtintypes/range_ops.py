r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[10:]), len(r), 9 in r, 10 in r, 9.0 in r, "x" in r, True in range(2))
print(r.index(9), r.count(9), r.count(10), range(5).count(2.0), range(5).index(3.0))
try:
    r.index(10)
except ValueError as e:
    print("ValueError", e)
print(range(0) == range(5, 2), range(1, 4) == range(1, 4, 1), range(0, 3, 2) == range(0, 4, 2), range(3) != range(4), range(1) == range(1, 2, 7))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(4, 1)), {range(3): "a"}[range(0, 3)])
for bad in (lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(), lambda: range(1, 2, 3, 4), lambda: r["a"]):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
