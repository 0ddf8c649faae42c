t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t * 2, t + (4,))
print((), (1,), (1), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.count(2), t.index(3), 2 in t)
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1, 2, 3) > (1, 2))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
tl = ([1], 2)
tl[0].append(3)
print(tl)
print(repr((1,)), str(("a", 1.5, None)), max((3, 9, 2)), sum((1, 2, 3)))
x = 1, 2
print(type(x).__name__, x)
def mm(seq):
    return min(seq), max(seq)
lo, hi = mm([5, 3, 9])
print(lo, hi, mm("hello"))
print(tuple(i * i for i in range(5)), (1, 2)[::-1], ((1, 2) * 0))
