def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b"abc"
print(b.__add__(b"d"), b.__mul__(2), b.__rmul__(3), b"%d".__mod__(5))
err(lambda: b.__add__("x"))
err(lambda: b.__mul__("x"))
print(b.__eq__(b"abc"), b.__eq__("abc"), b.__ne__(b"x"), b.__lt__(b"abd"), b.__le__(b"abc"), b.__gt__(b"ab"), b.__ge__(bytearray(b"b")), b.__lt__(1))
ba = bytearray(b"xy")
print(ba.__add__(b"z"), ba.__mul__(2), ba.__eq__(b"xy"), ba.__lt__(b"xz"), b.__len__(), ba.__len__(), b.__getitem__(1), ba.__contains__(120))
print(list(b.__iter__()), b.__bytes__(), bytes.__add__(b"1", b"2"))
class Other:
    def __radd__(self, other):
        return "Other.__radd__"
    def __eq__(self, other):
        return "Other.__eq__"
print(b + Other(), b == Other())
err(lambda: bytes.__add__("a", b"b"))
