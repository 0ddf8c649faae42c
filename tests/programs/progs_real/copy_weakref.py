import copy
import gc
import weakref


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name}, {self.children})"


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children)
print(deep, deep.children[0].parent is deep, deep.children[0].parent is tree)
deep.children[0].name = "changed"
print(tree.children[0].name, deep.children[0].name)


class Config:
    def __init__(self, data):
        self.data = data
        self.copies = 0

    def __copy__(self):
        c = Config(self.data)
        c.copies = self.copies + 1
        return c

    def __deepcopy__(self, memo):
        c = Config(copy.deepcopy(self.data, memo))
        c.copies = -1
        return c


cfg = Config({"a": [1, 2]})
print(copy.copy(cfg).copies, copy.deepcopy(cfg).copies, copy.deepcopy(cfg).data is cfg.data)
lst = [1, [2, 3]]
lst.append(lst)
d = copy.deepcopy(lst)
print(d[2] is d, d[1] is lst[1])
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy({"k": {1, 2}}))


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


o = Obj("x")
r = weakref.ref(o)
print(r() is o, r)  if False else print(r() is o)
del o
gc.collect()
print(r())

cache = weakref.WeakValueDictionary()
keep = Obj("kept")
cache["kept"] = keep
cache["temp"] = Obj("temp")
gc.collect()
print(sorted(cache.keys()))

died = []
a = Obj("a")
fin = weakref.finalize(a, died.append, "a finalized")
print(fin.alive)
del a
gc.collect()
print(died, fin.alive)

wk = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wk[k1] = 1
wk[k2] = 2
del k1
gc.collect()
print(len(wk), [k.name for k in wk])
ws = weakref.WeakSet([k2, keep])
print(len(ws), k2 in ws)

p = weakref.proxy(keep)
print(p.name)
del keep, cache
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)


def callback(ref):
    print("callback called, dead:", ref() is None)


z = Obj("z")
rz = weakref.ref(z, callback)
del z
gc.collect()
print(weakref.getweakrefcount(k2), type(rz).__name__)
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError:", e)
