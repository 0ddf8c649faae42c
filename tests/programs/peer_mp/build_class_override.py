# A class statement calls builtins.__build_class__ when a program has replaced it.
import builtins

orig = builtins.__build_class__
builtins.__build_class__ = lambda body, name: ("built", name)


class Plain:
    pass


print(Plain)

seen = []


def tracing(body, name, *bases, **kw):
    seen.append((name, len(bases), sorted(kw)))
    return orig(body, name, *bases, **kw)


builtins.__build_class__ = tracing


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class Base:
    pass


class Child(Base, metaclass=Meta, flag=1):
    x = 1


builtins.__build_class__ = orig


class After:
    pass


print(seen)
print(type(Child).__name__, Child.__mro__[1].__name__, Child.x, After.__name__)
