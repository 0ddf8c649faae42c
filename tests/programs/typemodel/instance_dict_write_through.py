class Record:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


r = Record(a=1, b=2)
print(r.a, r.b, vars(r))
r.__dict__["c"] = 3
print(r.c)
del r.__dict__["a"]
print(hasattr(r, "a"), sorted(vars(r)))
d = r.__dict__
r.z = 26
print(d["z"], "z" in d, len(d), sorted(d.keys()))
print(d.get("missing", "dflt"), d.pop("z"), hasattr(r, "z"))
d.setdefault("w", 5)
print(r.w, isinstance(d, dict), type(d).__name__)
d.clear()
print(vars(r), hasattr(r, "b"))


class Data:
    x = property(lambda self: "prop")


obj = Data()
obj.__dict__["x"] = "shadow?"
print(obj.x, obj.__dict__["x"])


class Method:
    def m(self):
        return "method"


mo = Method()
for i in range(3):
    if i == 1:
        mo.__dict__["m"] = lambda: "instance attr"
    print(mo.m())
