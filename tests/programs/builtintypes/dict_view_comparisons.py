d = {1: "a", 2: "b"}
k, it = d.keys(), d.items()
print(k <= {1, 2}, k < {1, 2, 3}, k >= {1}, k > {1, 2}, {1} < k, k == {2, 1}, k != {1}, it <= {(1, "a"), (2, "b")}, it == {(1, "a"), (2, "b")})
print(k == d.keys(), k <= {1: 0, 2: 0}.keys(), d.values() == d.values(), list(d.values()) == ["a", "b"])
try:
    d.values() < {1}
except TypeError as e:
    print("TypeError", e)
