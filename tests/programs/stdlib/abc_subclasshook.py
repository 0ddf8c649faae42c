from abc import ABC, abstractmethod
class Closer(ABC):
    @abstractmethod
    def close(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closer:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class File:
    def close(self):
        pass
class Rock:
    pass
print(issubclass(File, Closer), issubclass(Rock, Closer), isinstance(File(), Closer))
class Strict(Closer):
    def close(self):
        return "closed"
print(issubclass(File, Strict), issubclass(Strict, Closer), Strict().close())
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class N(Never):
    pass
print(issubclass(N, Never), isinstance(N(), Never))
