# Subset tests and set algebra over int members (probed directly in the other set's table),
# with members that only compare equal through other types: bools, floats, big ints, ints
# colliding by hash, and instances whose __eq__ must run.


class Eq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq called", self.v, other)
        return self.v == other


free = frozenset(range(50))
pieces = [frozenset({i, i + 1, i + 7}) for i in range(45)]
print(sum(1 for p in pieces if p <= free), sum(len(free - p) for p in pieces))
print(sorted(free - pieces[3])[:5], sorted(pieces[3] & {4, 11, 99}), sorted(pieces[0] | {60}))

mixed = {True, 2.0, 3, 2 ** 70, -1}
print({1, 2} <= mixed, {1, 2, 3} < mixed, mixed >= {1.0, 3.0}, {-1, -2} <= mixed)
print(sorted(mixed & {1, 2, 3, 4}, key=repr), sorted(mixed - {1, 2}, key=repr))
print({2 ** 70, 3} <= mixed, {2 ** 64 + 1} <= {1})
m = 2 ** 61 - 1
print({m + 5} <= {5}, {5} <= {m + 5}, {-2} <= {-1}, {-1} <= {-2})
print({-1, -2} == {-2, -1}, frozenset({0, 8, 16, 24}) <= set(range(0, 32, 8)))

e = Eq(4)
print({4} <= {e, 5})
print(len({4, 9} & {e, 9}))

s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print({1, 2, 4} <= s, {3} <= s, len(s & set(range(50))), len(set(range(10)) - s))


class LoudSet(set):
    def __le__(self, other):
        print("LoudSet.__le__")
        return True


def branches():
    hits = []
    for p in pieces[:10] + [LoudSet({99}), frozenset({e}), {"a"}]:
        if p <= free:
            hits.append(len(p))
        if p < free:
            hits.append(-1)
        if p >= {1}:
            hits.append(0)
    print(hits)


branches()
