class A:
    x = 1


class B:
    y = 2


bases = (A, B)


class C(*bases):
    pass


print(C.__mro__, C.x, C.y)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls


opts = {"metaclass": Meta, "flag": True}


class D(A, *[B], **opts):
    pass


print(D.__bases__, type(D).__name__, D.kw)


class E(*(), **{}):
    pass


print(E.__bases__)
