a, b = {1, 2}, {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == b, a != b, b > {4})
f = frozenset([1, 2])
print(f <= b, f < b, f == a, type(f | a).__name__, type(a | f).__name__, type(f & {1}).__name__, f.copy() is f, hash(f) == hash(frozenset([2, 1])))
print(set.__le__({1}, {1, 2}), {1}.__lt__({1}), {1, 2}.__ge__({2}), frozenset.__eq__(f, a))
