# LOAD_METHOD sites that reach a staticmethod or classmethod (through an instance or the
# class), warmed up and then changed in each way a guard must notice.


class A:
    k = 1

    @classmethod
    def make(cls, x):
        return (cls.__name__, x * cls.k)

    @staticmethod
    def add(x, y):
        return x + y


class B(A):
    k = 10


def via_instance(o, n):
    r = None
    for i in range(n):
        r = (o.make(i), o.add(i, 1))
    return r


def via_class(c, n):
    r = None
    for i in range(n):
        r = (c.make(i), c.add(i, 2))
    return r


a, b = A(), B()
print(via_instance(a, 40), via_instance(b, 40))
print(via_class(A, 40), via_class(B, 40))
# Mixed receivers at one site.
print([via_instance(o, 3) for o in (a, b, a, b)])
print([via_class(c, 3) for c in (A, B, A, B)])

# Instance attributes shadow the class's descriptors.
a.make = lambda x: ("instance make", x)
a.add = lambda x, y: ("instance add", x, y)
print(via_instance(a, 40))
del a.make, a.add
print(via_instance(a, 40))

# The descriptors replaced on the class, swapped, and removed.
A.make = staticmethod(lambda x: ("now static", x))
A.add = classmethod(lambda cls, x, y: ("now classmethod", cls.__name__, x, y))
print(via_instance(a, 40), via_instance(b, 40), via_class(B, 40))
A.make = lambda self, x: ("plain method", type(self).__name__, x)
print(via_instance(b, 40))
try:
    via_class(B, 1)
except TypeError as e:
    print("TypeError:", e)
B.make = classmethod(lambda cls, x: ("B's own", cls.__name__, x))
print(via_instance(b, 40), via_class(B, 40))
del B.make
del A.make
try:
    via_instance(b, 1)
except AttributeError as e:
    print("AttributeError:", e)

# __class__ changes under a warmed site.
class C(A):
    @classmethod
    def add(cls, x, y):
        return ("C.add", cls.__name__, x, y)


o = A()
print(via_instance.__name__, [o.add(1, 2) for _ in range(30)][-1])
o.__class__ = C
print([o.add(1, 2) for _ in range(30)][-1])

# classmethod and staticmethod wrapping non-functions.
class D:
    size = classmethod(len)
    name = staticmethod(str.upper)


d = D()
for _ in range(30):
    try:
        r = d.size()
    except TypeError as e:
        r = "TypeError: " + str(e)
print(r, [d.name("abc") for _ in range(30)][-1], [D.name("xyz") for _ in range(30)][-1])

# Wrong argument counts still raise as CPython does.
try:
    C.add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    B.add(1)
except TypeError as e:
    print("TypeError:", e)
