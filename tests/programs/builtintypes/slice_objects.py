s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(-100, 100).indices(5), slice(None, None, -2).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(3) == slice(None, 3), slice(1, 2) < slice(1, 3), [0, 1, 2, 3, 4][slice(1, 4)])
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
