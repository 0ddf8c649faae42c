# bytearray: in-place operators keep identity (and subclass type); subclass repr.

a = bytearray(b"x")
b = a
a += b"y"
print(b, a is b)
a *= 3
print(b, a is b)
a += memoryview(b"!")
print(a)
print(bytearray(b"ab").__imul__(2), bytearray(b"a").__iadd__(bytearray(b"b")))
print(bytearray(b"ab").__imul__(0), bytearray(b"ab").__imul__(-1))
for bad in ["s", 1, [1]]:
    try:
        c = bytearray(b"q")
        c += bad
    except TypeError as e:
        print("TypeError", e)
try:
    bytearray().__imul__("s")
except TypeError as e:
    print("TypeError", e)
try:
    c = bytearray(b"q")
    c *= "s"
except TypeError as e:
    print("TypeError", e)

class B(bytearray):
    pass

x = B(b"q")
y = x
x += b"r"
print(x, type(x).__name__, x is y)
x *= 2
print(x, x is y)
print(repr(B()), repr(B(b"\x00'\"")), repr(B([1, 2, 255])))
print(str(B(b"ab")), [B(b"z")])

class Named(bytearray):
    def extra(self):
        return len(self)
n = Named(b"abc")
n += b"d"
print(n, n.extra())
