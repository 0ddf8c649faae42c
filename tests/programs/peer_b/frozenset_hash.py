# frozenset hashes are CPython's (order-independent; ints and tuples of ints hash the same).
sets = [frozenset(), frozenset({0}), frozenset({1}), frozenset({-1}), frozenset(range(10)),
        frozenset({(1, 2), -1}), frozenset({frozenset({1}), 2}), frozenset({2 ** 70, 0.5})]
for s in sets:
    print(sorted(s, key=repr), hash(s))
print(hash(frozenset([3, 1, 2])) == hash(frozenset([1, 2, 3])))
print(len({frozenset({1, 2}), frozenset({2, 1}), frozenset({1})}))
