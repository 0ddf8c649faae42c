import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "A(%s)" % self.name


a = A("x")
r = weakref.ref(a)
print(r() is a, r())
print(weakref.ref(a) is r)
print(weakref.getweakrefcount(a))
log = []
r2 = weakref.ref(a, lambda wr: log.append(("dead", wr is r2)))
print(r2 is r, weakref.getweakrefcount(a))
print(r == r2, hash(r) == hash(a) == hash(r2))
print(len(weakref.getweakrefs(a)))
del a
gc.collect()
print(r(), r2(), log)
print(r == r2, r == r, r != r2)
print(hash(r) == hash(A) or True)

b = A("y")
rb = weakref.ref(b)
gone = weakref.ref(A("gone"))
gc.collect()
try:
    hash(gone)
except TypeError as e:
    print("TypeError", e)
for bad in (1, "s", (1,), [1], {}, None, 2.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

def f():
    pass
fr = weakref.ref(f)
print(fr() is f)
print(weakref.ref(A)() is A)
print(isinstance(r, weakref.ref), weakref.ref is weakref.ReferenceType)

# a subclass of ref with extra state
class Named(weakref.ref):
    def __init__(self, ob, callback=None, name=""):
        super().__init__(ob, callback)
        self.name = name

c = A("z")
n = Named(c, None, name="named")
print(n.name, n() is c, n is not weakref.ref(c))
del c
gc.collect()
print(n())
print(weakref.getweakrefcount(1))
