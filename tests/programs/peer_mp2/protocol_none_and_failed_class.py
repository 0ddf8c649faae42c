# Dunders set to None refuse the protocol; a class whose MRO cannot be made is not left
# among its bases' subclasses; reversed() of a __getitem__-only object needs a len().
class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


class OnlyGetitem:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


tests = [
    ("iter(NoIter())", lambda: iter(NoIter())),
    ("list(NoIter())", lambda: list(NoIter())),
    ("1 in NoIter()", lambda: 1 in NoIter()),
    ("1 in NoContains()", lambda: 1 in NoContains()),
    ("list(NoContains())", lambda: list(NoContains())),
    ("reversed(OnlyGetitem())", lambda: reversed(OnlyGetitem())),
    ("list(OnlyGetitem())", lambda: list(OnlyGetitem())),
    ("20 in OnlyGetitem()", lambda: 20 in OnlyGetitem()),
]
for label, f in tests:
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)


class X1:
    pass


class X2(X1):
    pass


for bases in [(X1, X2), (X2, X2)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)
try:
    type("Bad", (X1,), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in X1.__subclasses__()])
