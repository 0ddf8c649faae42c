from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, ABC))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Registered(ABC):
    pass


class Plain:
    pass


Registered.register(Plain)
print(isinstance(Plain(), Registered), issubclass(Plain, Registered), issubclass(int, Registered))


class WithProp(ABC):
    @property
    @abstractmethod
    def value(self):
        ...


try:
    WithProp()
except TypeError as e:
    print("TypeError", e)


class Impl(WithProp):
    value = 5


print(Impl().value, type(Shape).__name__)
