class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=OrderedMeta, option=1):
    print("body sees", injected)
    a = injected + 1


print(A.a, A.injected)


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class RecMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls


class B(metaclass=RecMeta):
    zeta = 1
    alpha = 2

    def method(self):
        pass

    beta = zeta + alpha


print(B.order, B.beta)


class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError", e)
