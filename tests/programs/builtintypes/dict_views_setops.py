d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
print(sorted(k & {1, 2, 9}), sorted(k | {9}), sorted(k - {1}), sorted(k ^ {1, 7}), sorted({1, 5} & k), sorted([2, 8] - k if False else k - [2]))
print(k.isdisjoint({5}), k.isdisjoint([1]), sorted(d.items() & {(1, "a"), (2, "x")}), sorted(d.items() - {(1, "a")}), d.items().isdisjoint([(9, 9)]))
print(k == {1, 2, 3}, k == [1, 2, 3], len(k), 2 in k, (1, "a") in d.items(), (1, "b") in d.items(), "a" in d.values(), k <= {1, 2, 3, 4})
