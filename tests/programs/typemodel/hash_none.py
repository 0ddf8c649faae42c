class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError", e)


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError", e)


class EqAndHash:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))


class Child(EqOnly):
    __hash__ = object.__hash__


print(isinstance(hash(Child()), int))
