# int(x) through __int__ / __index__ / __trunc__: results must be ints, and exactly int.
class Returns:
    def __init__(self, value):
        self.value = value

class ViaInt(Returns):
    def __int__(self):
        return self.value

class ViaIndex(Returns):
    def __index__(self):
        return self.value

class ViaTrunc(Returns):
    def __trunc__(self):
        return self.value

class MyInt(int):
    pass

for cls in (ViaInt, ViaIndex, ViaTrunc):
    for value in (5, 10 ** 30, MyInt(9), None, 2.5, "7", ViaIndex(3)):
        try:
            r = int(cls(value))
            print(cls.__name__, type(r).__name__, r)
        except TypeError as e:
            print(cls.__name__, "TypeError", e)

# item deletion messages depend on whether the type is sequence-like
class Box:
    pass

for obj in (1, 2.0, None, "s", b"b", (1,), range(2), frozenset(), Box(), len):
    try:
        del obj[0]
    except TypeError as e:
        print(e)
