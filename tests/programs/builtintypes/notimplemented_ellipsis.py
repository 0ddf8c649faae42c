print(repr(NotImplemented), repr(...), repr(Ellipsis), ... is Ellipsis, type(...).__name__, type(NotImplemented).__name__, str(...))
class A:
    def __eq__(self, other):
        return NotImplemented
    def __lt__(self, other):
        return NotImplemented
a = A()
print(a == a, a == A(), a != a, a == 1)
try:
    a < A()
except TypeError as e:
    print("TypeError", e)
class B:
    def __radd__(self, other):
        return "B.radd"
    def __add__(self, other):
        return NotImplemented
print(1 + B(), [1] + B(), "s" + B())
try:
    B() + 1
except TypeError as e:
    print("TypeError", e)
