class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, debug=True, level=3):
    pass


print(sorted(A.options.items()))


class B(A, level=5):
    pass


print(sorted(B.options.items()), type(B).__name__)


class Meta2(type):
    pass


try:
    class C(metaclass=Meta2, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)


def not_a_class(name, bases, ns, **kw):
    return (name, sorted(k for k in ns if not k.startswith("__")), kw)


class D(metaclass=not_a_class, extra=1):
    a = 1


print(D)
