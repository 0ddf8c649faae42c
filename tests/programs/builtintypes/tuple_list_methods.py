l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, 1), l.index(2, -3), l.count(2), l.count(9), (1, 2, 1).index(1, 1), (1, 2).count(2))
for bad in (lambda: l.index(9), lambda: l.index(1, 1, 4), lambda: (1,).index(5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print([1, 2] * 3, 2 * [0], [[]] * 2, (1,) * 3, [1] * 0, [1] * -1, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9), [1] == [1.0], (1, 2) <= (1, 2))
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
