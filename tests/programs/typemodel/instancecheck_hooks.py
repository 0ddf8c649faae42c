class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Mallard:
    quack = True


class Dog:
    pass


print(isinstance(Mallard(), Duck))
print(isinstance(Dog(), Duck))
print(isinstance(Duck(), Duck))
print(issubclass(Mallard, Duck))
print(issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)))
print(issubclass(Mallard, (Duck, str)))
print(isinstance(3, (int, Duck)))
print(type.__instancecheck__(Duck, Mallard()))
