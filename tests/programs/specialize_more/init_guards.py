# CALL of a class with a Python __init__: the specialized form must follow the class.

class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"V({self.x}, {self.y})"


def make(cls, n):
    return [cls(i, i + 1) for i in range(n)]


print(make(V, 4))

# __init__ replaced on the class.
def init2(self, x, y):
    self.x = -x
    self.y = -y
V.__init__ = init2
print(make(V, 3))

# __init__ returning something else is a TypeError, found when it returns.
def bad_init(self, x, y):
    self.x = x
    return 42
V.__init__ = bad_init
try:
    make(V, 3)
except TypeError as e:
    print("TypeError:", e)
V.__init__ = init2


# __init__ with defaults, and a different arity at the same site.
class W:
    def __init__(self, x, y=5):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"W({self.x}, {self.y})"


print(make(W, 3), make(V, 2))


# A __new__ added later.
class N:
    def __init__(self, x, y):
        self.s = x + y


print([n.s for n in make(N, 4)])
def new(cls, *args):
    o = object.__new__(cls)
    o.made_by_new = True
    return o
N.__new__ = new
print([(n.s, n.made_by_new) for n in make(N, 3)])


# A class whose __new__ returns something else: __init__ is not called.
class Odd:
    def __new__(cls, x, y):
        return (x, y)

    def __init__(self, x, y):
        raise AssertionError("not called")


print(make(Odd, 3))


# __init__ raising, and one that recurses into instantiation.
class Boom:
    def __init__(self, x, y):
        if x == 3:
            raise ValueError(f"boom {x}")
        self.x = x


try:
    make(Boom, 5)
except ValueError as e:
    print("ValueError:", e)


class Tree:
    def __init__(self, depth, tag):
        self.kids = [Tree(depth - 1, tag) for _ in range(2)] if depth else []

    def size(self):
        return 1 + sum(k.size() for k in self.kids)


print(Tree(6, 0).size())

# Subclasses, builtin bases and a metaclass at the same site.
class V2(V):
    pass


class L(list):
    def __init__(self, x, y):
        super().__init__([x, y])


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class M(metaclass=Meta):
    def __init__(self, x, y):
        pass


for cls in [V, V2, L, M, V, V2]:
    print(cls.__name__, make(cls, 2))

# The class name rebound to a function at the site.
def V(x, y):
    return ("function", x, y)
print(make(V, 2))


# Instances of classes with __del__ still get finalized.
class F:
    def __init__(self, x, y):
        self.x = x

    def __del__(self):
        deleted.append(self.x)


deleted = []
make(F, 3)
import gc
gc.collect()
print("deleted", sorted(deleted))
