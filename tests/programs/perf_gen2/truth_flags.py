# Truth of instances: classes without __bool__/__len__, ones gaining them later (on the
# class or a base), builtin bases, and bad __bool__ results.
class Node:
    pass


class Child(Node):
    pass


n, c = Node(), Child()
print(bool(n), bool(c), "yes" if c else "no", not n)
Node.__len__ = lambda self: 0
print(bool(n), bool(c), "yes" if c else "no")
Node.__bool__ = lambda self: True
print(bool(n), bool(c))
del Node.__bool__
del Node.__len__
print(bool(n), bool(c))
Child.__bool__ = lambda self: False
print(bool(n), bool(c), [x for x in (n, c) if x] == [n])


class L(list):
    pass


class D(dict):
    pass


print(bool(L()), bool(L([1])), bool(D()), bool(D(a=1)))


class Bad:
    def __bool__(self):
        return 1


try:
    bool(Bad())
except TypeError as e:
    print("TypeError", e)


class NoneBool:
    __bool__ = None


try:
    if NoneBool():
        pass
except TypeError as e:
    print("TypeError", e)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print([bool(Sized(k)) for k in range(3)])
try:
    bool(Sized(-1))
except ValueError as e:
    print("ValueError", e)
obj = Node()
obj.__bool__ = lambda: False  # instance attributes are not special methods
print(bool(obj))
