from itertools import islice
for args in [(3,), (0,10,3), (0,8,3), (5,3), (2,None,2), (0,0), (1,5), (0, 9, 4)]:
    it = iter(range(20))
    print(args, list(islice(it, *args)), next(it, 'end'))
print(list(islice('abcdefg', 2, None)))
for bad in [(-1,), (1, -1), (0, 5, 0), ('a',), (1,2,3,4)]:
    try:
        islice(range(3), *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
