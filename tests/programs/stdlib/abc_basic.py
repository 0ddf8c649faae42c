from abc import ABC, ABCMeta, abstractmethod, get_cache_token
class Base(ABC):
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def a(self): ...
    @property
    @abstractmethod
    def p(self): ...
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def a(self): return 1
try: Half()
except TypeError as e: print(e)
class Full(Half):
    def b(self): return 2
    p = 3
f = Full(); print(f.a(), f.b(), f.p, sorted(Base.__abstractmethods__), Full.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__')
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
class R(ABC): pass
R.register(int)
print(isinstance(3, R), issubclass(bool, R), issubclass(str, R))
@R.register
class Z: pass
print(issubclass(Z, R), Z.__name__)
print(type(get_cache_token()))
try: R.register(3)
except TypeError as e: print(e)
