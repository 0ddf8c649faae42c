class Base:
    pass


class Alias:
    def __init__(self, origin):
        self.origin = origin

    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (self.origin,)


class C(Alias(Base)):
    pass


print([k.__name__ for k in C.__mro__])
print(C.__orig_bases__[0].origin is Base)
print("__orig_bases__" in Base.__dict__)
