# LOAD_METHOD on instances: the specialized form must see shadowing, class changes,
# __class__ assignment, __dict__ replacement and collections between runs of one site.
import gc


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return ("A.get", self.v)

    def other(self):
        return "A.other"


class B(A):
    def get(self):
        return ("B.get", self.v)


def call_get(objs):
    return [o.get() for o in objs]


objs = [A(i) for i in range(20)]
print(call_get(objs)[:3])
# An instance attribute shadows the method on one instance only.
objs[5].get = lambda: "shadowed"
print(call_get(objs)[4:7])
del objs[5].get
print(call_get(objs)[4:7])

# Many attributes: key-bit collisions must still find no shadowing.
wide = A(0)
for j in range(100):
    setattr(wide, "attr%d" % j, j)
for _ in range(30):
    r = wide.get()
print(r, wide.attr99)
setattr(wide, "get", lambda: "wide shadow")
print(wide.get())

# A method replaced on the class after the site specialized.
def run_many(o, n):
    out = None
    for _ in range(n):
        out = o.other()
    return out


a = A(1)
print(run_many(a, 50))
A.other = lambda self: "patched other"
print(run_many(a, 50))
del A.other
try:
    run_many(a, 1)
except AttributeError as e:
    print("AttributeError:", e)

# __class__ assignment.
x = A(7)
print([x.get() for _ in range(40)][-1])
x.__class__ = B
print([x.get() for _ in range(3)][-1])

# A collection between runs (the class epoch moves).
def many_with_gc(o):
    res = []
    for k in range(60):
        if k % 7 == 0:
            gc.collect()
        res.append(o.get())
    return res[-1]


print(many_with_gc(A(3)))

# __dict__ replaced by another dict that holds the name.
y = A(9)
print([y.get() for _ in range(30)][-1])
y.__dict__ = {"v": 10, "get": lambda: "from new dict"}
print(y.get())
y.__dict__ = {"v": 11}
print(y.get())

# Different classes at one site.
mixed = [A(1), B(2), A(3), B(4)] * 10
print(call_get(mixed)[-4:])


# A class with __getattribute__ never specializes into the fast form.
class G:
    def __getattribute__(self, name):
        if name == "m":
            return lambda: "via getattribute"
        return object.__getattribute__(self, name)

    def m(self):
        return "plain"


g = G()
print([g.m() for _ in range(30)][-1])


# Slots.
class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1

    def val(self):
        return self.a


print(sum(S().val() for _ in range(40)))

# Exceptions are instances too.
e = ValueError("boom")
print([str(e.with_traceback(None)) for _ in range(30)][-1])
