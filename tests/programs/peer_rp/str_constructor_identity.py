# str(x) returns x itself for an exact str, and the very object __str__ (or, through
# object.__str__, __repr__) returned, so a str subclass instance keeps its type.
x = "An interesting piece of text"
print(str(x) is x)
class R(str):
    pass
class WithStr:
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return self.value
class WithRepr:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return self.value
s = R("abc")
print(str(WithStr(s)) is s, type(str(WithStr(s))).__name__)
print(str(WithRepr(s)) is s, type(str(WithRepr(s))).__name__)
print(type(str(s)).__name__, str(s) == "abc", type(f"{s}").__name__, type("%s" % s).__name__)
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return None
try:
    str(BadRepr())
except TypeError as e:
    print(e)
class Stringy(str):
    def __new__(cls, value=""):
        return str.__new__(cls, value)
    def __init__(self, value):
        self.x = "substr"
y = Stringy(1)
print(type(y).__name__, type(str(y)).__name__, y + " other", y.x)
print(str(ValueError("m")), str(3), str(None), str([1, "a"]))
# repr() keeps the object __repr__ returned too.
class W:
    def __repr__(self):
        return R("<w>")
print(type(repr(W())).__name__, repr(W()), repr([W()]))
class BadR:
    def __repr__(self):
        return 5
try:
    repr(BadR())
except TypeError as e:
    print(e)
