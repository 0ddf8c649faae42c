class Meta(type):
    _registry = {}

    @property
    def registry_size(cls):
        return len(Meta._registry)

    @property
    def name_upper(cls):
        return cls.__name__.upper()

    @name_upper.setter
    def name_upper(cls, value):
        cls.__name__ = value.lower()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        Meta._registry[name] = cls
        return cls


class Alpha(metaclass=Meta):
    pass


class Beta(metaclass=Meta):
    pass


print(Alpha.registry_size, Alpha.name_upper)
Alpha.name_upper = "GAMMA"
print(Alpha.__name__, Alpha.name_upper)
try:
    Alpha.registry_size = 3
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(Alpha(), "registry_size"))
