from abc import ABC, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def kind(): ...
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    area = 4
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def kind():
        return "square"
print(Sq.make().area, Sq.kind(), Sq.__abstractmethods__)
class Old(ABC):
    @abstractproperty
    def p(self): ...
    @abstractclassmethod
    def c(cls): ...
    @abstractstaticmethod
    def s(): ...
try:
    Old()
except TypeError as e:
    print(e)
