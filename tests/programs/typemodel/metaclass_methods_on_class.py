class Meta(type):
    def describe(cls):
        return "class " + cls.__name__

    @property
    def tag(cls):
        return cls.__name__.lower() + "!"

    registry = []

    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]


class Bag(metaclass=Meta):
    items = [3, 1, 2]


print(Bag.describe())
print(Bag.tag)
print(Bag.registry)
print(len(Bag), list(Bag), Bag[0])
print(sorted(Bag))
try:
    Bag().describe()
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(Bag, "describe"), hasattr(Bag(), "describe"))
