class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)


g = Guarded()
g.name = "abc"
g.n = 3
print(g.name, g.n)
try:
    g._x = 1
except AttributeError as e:
    print("AttributeError", e)


class Root:
    subclasses = []

    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        Root.subclasses.append((cls.__name__, tag))


class Mid(Root, tag="mid"):
    def __init_subclass__(cls, **kw):
        kw.setdefault("tag", "from-mid")
        super().__init_subclass__(**kw)


class Leaf(Mid):
    pass


class Leaf2(Mid, tag="explicit"):
    pass


print(Root.subclasses)
