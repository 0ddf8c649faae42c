# A display of three or more constants is a frozenset constant in CPython (its items re-added
# in that set's order when the compiler merges constants): with colliding keys its order can
# differ from adding the items one at a time, as displays with variables do.
x = 5
print({5, 10, -4, 11, 0, -7, 16, -1, 6, 1, -2, 17, 18, -5, -3, 12})
print({x, 10, -4, 11, 0, -7, 16, -1, 6, 1, -2, 17, 18, -5, -3, 12})
print(frozenset({-3, -7, -1, 17, -2, 2, 3, 10, 14, 13, 15, 5}))
print({1, 33, 65}, {x, 33, 65}, {-1, -2, -3})
print({65, 33, 1, 2}, {-2, -1, -3, -4})
print({1.5, 2, 3}, {(1, 2), 3, 4}, {None, True, 2, 3.0})
print(list(4 in {1, 2, 3, 4} for _ in range(2)))
