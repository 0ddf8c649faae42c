class A:
    __slots__ = ("a",)


class B(A):
    __slots__ = ("b",)


class C(B):
    __slots__ = ()


c = C()
c.a = 1
c.b = 2
print(c.a, c.b)
try:
    c.c = 3
except AttributeError as e:
    print("AttributeError", e)
print([k for k in ("a", "b") if k in B.__dict__], "a" in A.__dict__)
try:
    class Clash:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)


class S:
    __slots__ = "single"


s = S()
s.single = "one"
print(s.single, S.__slots__)
del s.single
try:
    del s.single
except AttributeError as e:
    print("AttributeError", e)
