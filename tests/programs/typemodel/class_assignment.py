class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class S:
    __slots__ = ("q",)


a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.v)
try:
    a.__class__ = S
except TypeError as e:
    print("TypeError", e)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError", e)
print(a.__class__.__name__)
