class Counter:
    def __init__(self):
        object.__setattr__(self, "hits", 0)

    def __getattribute__(self, name):
        hits = object.__getattribute__(self, "hits")
        object.__setattr__(self, "hits", hits + 1)
        return object.__getattribute__(self, name)


c = Counter()
c.hits
c.hits
print(object.__getattribute__(c, "hits"))


class Sub(Counter):
    def value(self):
        return 42


s = Sub()
print(s.value(), object.__getattribute__(s, "hits"))
print([s.value() for _ in range(3)], object.__getattribute__(s, "hits"))
