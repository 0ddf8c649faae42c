s = {1, 2}
for op in (lambda: s | [1], lambda: s & (1,), lambda: s - [1], lambda: s ^ [1], lambda: s <= [1], lambda: s < [1], lambda: frozenset([1]) | [1], lambda: [1] | s):
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)
print(s == [1, 2], s != [1, 2], {1} == frozenset([1]), frozenset([1]) == {1})
try:
    s |= [3]
except TypeError as e:
    print("TypeError:", e)
