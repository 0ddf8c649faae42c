# Set comparisons (<=, <, >=, >, ==, !=): members that compare natively, and members whose
# __eq__/__hash__ are Python code (the general path, which may raise).
import itertools

samples = [set(), {1}, {1, 2}, {2, 3}, {1, 2, 3}, frozenset({1, 2}), frozenset(range(50)),
           {"a", "b"}, {("x", 1), ("y", 2)}, {1.0, 2}, {True, 2}, {None, 1}]
ops = [("<=", lambda a, b: a <= b), ("<", lambda a, b: a < b), (">=", lambda a, b: a >= b),
       (">", lambda a, b: a > b), ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b)]
rows = []
for a, b in itertools.product(samples, repeat=2):
    rows.append("".join("1" if f(a, b) else "0" for _, f in ops))
print(len(rows), rows.count("111100"), rows[:8])
print(frozenset(range(50)) - {3, 4} <= frozenset(range(50)), {1, 2}.issubset(range(5)))

free = frozenset(range(50))
for cut in range(0, 50, 7):
    free = free - {cut, cut + 1}
    print(len(free), {cut + 2, cut + 3} <= free, {cut, cut + 2} <= free, min(free))


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v


a = {Key(1), Key(2)}
b = {Key(1), Key(2), Key(3)}
print(a <= b, a < b, b > a, a == b, a != b, Key.calls > 0)


class Bad:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise RuntimeError("no eq")


try:
    print({Bad()} <= {Bad()})
except RuntimeError as e:
    print("RuntimeError", e)
print({Bad()} <= set(), {1} < {1}, set() < {Bad()})
