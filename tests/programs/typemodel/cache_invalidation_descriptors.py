class C:
    pass


c = C()
c.x = 1
seen = []
for i in range(5):
    seen.append(c.x)
    if i == 2:
        C.x = property(lambda self: "prop")
print(seen)


class D:
    def m(self):
        return "m"


d = D()
out = []
for i in range(5):
    out.append(d.m())
    if i == 1:
        D.__getattribute__ = lambda self, name: (lambda: "intercepted " + name)
print(out)


class Desc:
    def __get__(self, obj, owner=None):
        return "desc"


class E:
    a = Desc()


e = E()
e.__init__()
object.__setattr__(e, "a", "instance")
res = []
for i in range(4):
    res.append(e.a)
    if i == 1:
        Desc.__set__ = lambda self, obj, v: None
print(res)


class F:
    pass


f = F()
f.v = 1
vals = []
for i in range(4):
    vals.append(f.v)
    if i == 1:
        F.__getattr__ = lambda self, n: "fallback"
        del f.v
print(vals)
