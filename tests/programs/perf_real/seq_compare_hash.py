# Tuple and list comparisons and tuple hashes over ints and strs.
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1, 2, 0)), (("a", 1), ("a", 0)),
         ((), ()), ((2,), (1, 9)), (("é", "x"), ("e", "x")), ((1, "a"), (1, "b"))]
for x, y in pairs:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y,
          list(x) < list(y), list(x) == list(y), list(x) >= list(y))
print((1, 2.5) < (1, 3), (1, True) == (1, 1), (1, None) == (1, None))
nan = float("nan")
t = (nan,)
print(t == t, [nan] == [nan], (1, nan) < (1, nan))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)), hash((-1, 0)), hash(("ab", 3)) == hash(("ab", 3)))
print(hash(tuple(range(8))), hash(tuple(range(9))), hash((1, (2, 3))))
d = {(i, str(i)): i for i in range(100)}
print(d[(42, "42")], (7, "7") in d, (7, 7) in d)
print(sorted([(3, "b"), (1, "z"), (3, "a"), (2, "q")]))
print(sorted([[3, 1], [1, 2], [3, 0]]))

# Membership in lists and tuples.
class Eq:
    def __eq__(self, other):
        return other == 5

lst = [1, "a", 3, "bc"]
print(3 in lst, 4 in lst, "bc" in lst, "b" in lst, "a" in tuple(lst), 2 in ())
print(5 in [1, Eq()], 5.0 in [1, 5], True in [0, 1], 1 in [True], nan in [nan], t[0] in [t[0]])
print(Eq() in [1, 2], [1] in [[0], [1]], (1, "a") in [(1, "a")])
