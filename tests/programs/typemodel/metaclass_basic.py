class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    x = 1

    def f(self):
        return 2


print(type(A) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.x, A().f())


class B(A):
    y = 3


print(type(B).__name__, B.y, B.x)
print(issubclass(Meta, type), Meta.__mro__)
