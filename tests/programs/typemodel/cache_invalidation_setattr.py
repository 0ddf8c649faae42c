class C:
    pass


c = C()
log = []
for i in range(5):
    c.v = i
    if i == 2:
        def hook(self, name, value):
            log.append((name, value))
            object.__setattr__(self, name, value * 10)
        C.__setattr__ = hook
print(c.v, log)
del C.__setattr__
c.v = 7
print(c.v)


class Meta(type):
    pass


class K(metaclass=Meta):
    attr = 1


vals = []
for i in range(4):
    vals.append(K.attr)
    if i == 1:
        Meta.attr = property(lambda cls: "meta-prop")
print(vals)
