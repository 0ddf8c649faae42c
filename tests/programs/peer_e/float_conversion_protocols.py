# float conversion of objects with __index__ only, __float__ returning the wrong type, and
# struct float packing overflow rules.
import math
import struct


class OnlyIndex:
    def __index__(self):
        return 7


class BigIndex:
    def __index__(self):
        return 1 << 2000


class GoodFloat:
    def __float__(self):
        return 2.5


class IntFloat:
    def __float__(self):
        return 2


class SubF(float):
    pass


class SubFloat:
    def __float__(self):
        return SubF(1.5)


class IntAndIndex:
    def __int__(self):
        return 3

    def __index__(self):
        return 4


def show(label, fn, v):
    try:
        r = fn(v)
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)


funcs = [
    ("sqrt", math.sqrt),
    ("floor", math.floor),
    ("float", float),
    ("isnan", math.isnan),
    ("pow", lambda x: math.pow(x, 1)),
    ("atan2", lambda x: math.atan2(x, 1)),
    ("fsum", lambda x: math.fsum([x, 1.0])),
    ("add", lambda x: 1.0 + x),
    ("complex", complex),
    ("pct_f", lambda x: "%.2f" % x),
    ("pct_e", lambda x: "%e" % x),
    ("pct_d", lambda x: "%d" % x),
    ("pct_x", lambda x: "%x" % x),
    ("pack_d", lambda x: struct.pack("<d", x)),
    ("pack_f", lambda x: struct.pack("<f", x)),
    ("pack_e", lambda x: struct.pack("<e", x)),
]
for obj in (OnlyIndex(), BigIndex(), GoodFloat(), IntFloat(), SubFloat(), IntAndIndex(), "s", None):
    print("--", type(obj).__name__)
    for label, fn in funcs:
        show(label, fn, obj)

# struct: standard sizes check float overflow, native '@f' casts to inf.
for fmt in ("<f", ">f", "=f", "!f", "f", "@f", "<e", ">e", "e", "<d"):
    for v in (1e300, -1e300, 3.5e38, 65520.0, 1 << 70, 1.0, float("inf"), float("nan")):
        try:
            print(fmt, struct.pack(fmt, v).hex())
        except Exception as e:
            print(fmt, type(e).__name__, e)
