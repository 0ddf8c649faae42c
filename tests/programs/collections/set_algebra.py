a = {1, 2, 3, "x", (1, 2)}
b = {2, 3.0, 4, "y", (1, 2), True}
print(sorted(map(repr, a | b)), sorted(map(repr, a & b)), sorted(map(repr, a - b)), sorted(map(repr, a ^ b)))
print(a <= a | b, a < a, a >= {1}, {1} == {1.0}, {1, 2} != {2, 1}, frozenset({1}) | {2})
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
s, t = {K(1), K(2)}, {K(2), K(3)}
print(sorted(map(repr, s | t)), s & t, s - t, s <= s | t, {K(1)} == {K(1)})
e = set()
print(e | e, e & {1}, {1} - e, e <= e, e < {1})
big = set(range(1000)); other = set(range(500, 1500))
print(len(big | other), len(big & other), len(big - other), len(big ^ other), big <= big | other)
print(list({3, 1, 2} | {5, 4}), list({10, 20} & {20, 10, 30}))
