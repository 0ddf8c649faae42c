# == and != in conditions, specialized for ints, strs and instances compared by identity.

class Strength:
    def __init__(self, name):
        self.name = name


REQUIRED = Strength("required")
WEAK = Strength("weak")


def count_required(xs):
    n = 0
    for x in xs:
        if x == REQUIRED:
            n += 1
        if x != WEAK:
            n += 10
    return n


xs = [REQUIRED, WEAK, REQUIRED, None, WEAK]
print(count_required(xs), count_required(xs))

# An __eq__ added to the class later turns identity into a call.
Strength.__eq__ = lambda self, other: isinstance(other, Strength) and self.name[0] == other.name[0]
Strength.__hash__ = object.__hash__
print(count_required(xs + [Strength("r"), Strength("w")]))
del Strength.__eq__
print(count_required(xs + [Strength("r"), Strength("w")]))


class Loud(Strength):
    def __ne__(self, other):
        return "ne called"


print(count_required([Loud("x"), REQUIRED, Loud("y")]))


class IntLike(int):
    pass


def same(pairs):
    return [1 if a == b else (2 if a != b else 3) for a, b in pairs]


print(same([(1, 1), (2, 3), (4, 4)] * 2))
print(same([(1, 1.0), (True, 1), (2**70, 2**70), (IntLike(5), 5), (0.5, 0.5), (float("nan"), float("nan"))]))
print(same([("a", "a"), ("é", "é"), ("ab", "a" + "b"), ("x", "y")] * 2))
print(same([("a", b"a"), ("1", 1), (None, None), (None, 0), (REQUIRED, REQUIRED)]))


class Odd:
    def __eq__(self, other):
        return "truthy"

    def __ne__(self, other):
        return ""


print(same([(Odd(), 1), (1, Odd()), (Odd(), REQUIRED), (REQUIRED, Odd())]))
