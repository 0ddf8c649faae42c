import types
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {"prepared": True}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
class Base(metaclass=Meta):
    pass
C = types.new_class("C", (Base,), {"flag": 1}, lambda ns: ns.__setitem__("y", 2))
print(C.prepared, C.y, C.kw, type(C).__name__)
meta, ns, kw = types.prepare_class("X", (Base,), {"a": 1})
print(meta.__name__, ns, kw)
class Entry:
    def __mro_entries__(self, bases):
        return (int,)
print(types.resolve_bases((Entry(), str)))
print(types.resolve_bases((int, str)))
D = types.new_class("D", (Entry(),))
print(D.__mro__, D.__orig_bases__[0].__class__.__name__)
print(D(5) + 1)
