class E(Exception):
    def __init__(self, x):
        self.x = x
e = E(5)
print(e.args, str(e), repr(e), e.x)
class K(KeyError): pass
print(str(K("k")), repr(K("k")), K("a", "b").args)
class O(OSError): pass
o = O(2, "No such file")
print(o.errno, o.strerror, str(o), type(o).__name__)
class S(StopIteration): pass
print(S(7).value, S().value)
class X(SystemExit): pass
print(X(3).code, X().code)
class A(AttributeError): pass
a = A("msg")
print(a.args, str(a))
class U(UnicodeError): pass
print(U("u").args)
class Base(Exception):
    def __str__(self):
        return "base:" + super().__str__()
class Child(Base): pass
print(Child("c"), str(Child()), Child(1, 2))
try:
    raise Child("boom") from ValueError("cause")
except Base as err:
    print(err, type(err.__cause__).__name__, err.__cause__)
class I(int):
    def __len__(self):
        return 3
print(len(I(0)), I(5) + 1)
print([1, 2, 3][I(0):I(2)], "abc"[I(1)])
