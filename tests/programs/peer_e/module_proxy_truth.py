# types.ModuleType attributes and repr, mappingproxy str vs repr, truth-value protocol errors,
# unary operators on ints/bools/floats.
import types
import sys

m = types.ModuleType("m")
print(m, repr(m), m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__)
print(types.ModuleType("d", "the doc").__doc__, sys)
m.x = 5
print(m.x, "x" in m.__dict__, isinstance(m, types.ModuleType))
try:
    types.ModuleType(1)
except TypeError as e:
    print("TypeError", e)

p = types.MappingProxyType({"a": 1, "b": [2]})
print(p, str(p), repr(p), f"{p}", [p], p.__str__(), p["b"], len(p), list(p), "a" in p)
try:
    p["c"] = 3
except TypeError as e:
    print("TypeError", e)


class C:
    x = 1


print(type(C.__dict__).__name__, repr(C.__dict__)[:13], str(C.__dict__)[:1])


def truth(label, v):
    try:
        print(label, bool(v), not v)
    except Exception as e:
        print(label, type(e).__name__, e)


class NegLen:
    def __len__(self):
        return -1


class HugeLen:
    def __len__(self):
        return 1 << 70


class IntBool:
    def __bool__(self):
        return 1


class NoneBool:
    def __bool__(self):
        return None


class BoolAndLen:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


class FloatLen:
    def __len__(self):
        return 1.0


for label, v in [("neg", NegLen()), ("huge", HugeLen()), ("intbool", IntBool()), ("nonebool", NoneBool()),
                 ("both", BoolAndLen()), ("floatlen", FloatLen()), ("0j", 0j), ("-0.0", -0.0),
                 ("range0", range(0)), ("frozenset", frozenset()), ("ellipsis", ...), ("b''", b""),
                 ("bytearray", bytearray()), ("None", None), ("nested", [[]])]:
    truth(label, v)
for fn in (len,):
    for v in (NegLen(), HugeLen(), FloatLen()):
        try:
            print(fn(v))
        except Exception as e:
            print(type(v).__name__, type(e).__name__, e)
print(-True, +False, ~True, -(1 << 70), ~(1 << 70), +(-5), -0.0, abs(-0.0), -(-(1 << 63)), ~-(1 << 63))
print(type(-True).__name__, type(+True).__name__, type(~False).__name__, type(abs(True)).__name__)
for src in ["-'a'", "+[]", "~1.5", "~None", "-{}", "+()", "~b''", "abs('x')", "-(1 + 2j)", "~(1 + 2j)"]:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, "TypeError", e)
