# obj.__dict__ = d makes d itself the attribute storage, as in CPython.

class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self

cfg = AttrDict(host="localhost", port=80)
cfg["debug"] = True
print(cfg.host, cfg.port, cfg.debug)
cfg.user = "ann"
print(cfg["user"], sorted(cfg))
del cfg["port"]
print(hasattr(cfg, "port"), cfg.__dict__ is cfg)
del cfg.user
print(sorted(cfg.keys()))
print(getattr(cfg, "missing", "default"))
print("host" in dir(cfg), "keys" in dir(cfg))


class Plain:
    kind = "class attr"

    def method(self):
        return "method"


store = {"a": 1}
p = Plain()
p.old = "gone"
p.__dict__ = store
print(p.__dict__ is store, hasattr(p, "old"))
store["b"] = 2
print(p.a, p.b, vars(p) is store)
p.c = 3
print(store)
for i in range(3):  # a specializing site: stores must keep going to `store`
    p.n = i
print(store["n"], p.n)
store["kind"] = "instance attr"
print(p.kind, Plain.kind)
store["method"] = lambda: "shadowed"
print(p.method())
del store["method"]
print(p.method())

other = {}
p.__dict__ = other
p.z = 26
print(store.get("z"), other, p.__dict__ is other)
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    print(p.a)
except AttributeError as e:
    print("AttributeError:", e)

del p.__dict__
print(p.__dict__, other)


class Slotted:
    __slots__ = ("x", "__dict__")


s = Slotted()
s.x = 1
s.__dict__ = {"y": 2}
print(s.x, s.y, s.__dict__)
