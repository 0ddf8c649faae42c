from abc import ABCMeta, abstractmethod, get_cache_token, ABC
class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"
class Impl(Base):
    def run(self):
        return "impl + " + super().run()
print(Impl().run(), type(Base).__name__, type(ABC).__name__, isinstance(Impl, ABCMeta))
t1 = get_cache_token()
class Other(ABC):
    pass
Other.register(int)
print(get_cache_token() != t1)
class WithInit(ABC):
    def __init__(self, a, b=2):
        self.total = a + b
print(WithInit(1).total, WithInit(1, b=5).total)
class Meta2(ABCMeta):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta2):
    @abstractmethod
    def f(self): ...
class T2(Tagged):
    def f(self):
        return self.tag
print(T2().f(), Tagged.tag)
try:
    Tagged()
except TypeError as e:
    print(e)
