# range's protocol methods can be called explicitly, as on CPython.
r = range(10, 0, -3)
print(r.__getitem__(1), r.__getitem__(slice(None, None, -1)), r.__contains__(7), r.__contains__(8))
print(list(r.__iter__()), list(r.__reversed__()), r.__len__(), r.__bool__(), range(0).__bool__())
print(list(map(range(5).__contains__, [0, 4, 5, -1, 2.0, "x"])))
print(sorted([3, 1, 2], key=range(10, 0, -1).__getitem__))
big = range(0, 10**30, 7)
print(big.__getitem__(-1), big.__contains__(10**29 + 3), big.__bool__())
try:
    big.__len__()
except OverflowError as e:
    print("OverflowError:", e)
for bad in [lambda: range.__len__([]), lambda: r.__getitem__("a"), lambda: r.__getitem__(99),
            lambda: r.__getitem__()]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
