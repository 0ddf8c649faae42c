# repr of slot member descriptors and bound builtin methods, and builtins' __module__.
class Slotted:
    __slots__ = ("a", "b")


print(repr(Slotted.a), Slotted.__dict__["b"])
print(len.__module__, print.__module__, abs.__module__)


def shape(r):
    # The address differs between runs: keep the text around it.
    return r.split(" at ")[0] + ">"


print(shape(repr([].append)), shape(repr("x".join)), shape(repr(dict.fromkeys)))
print(shape(repr((1).__add__)), shape(repr({}.__getitem__)))
