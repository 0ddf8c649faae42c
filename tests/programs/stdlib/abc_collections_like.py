from abc import ABC, abstractmethod
class Sized(ABC):
    @abstractmethod
    def __len__(self):
        return 0
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance({}, Sized), isinstance(3, Sized), isinstance("s", Sized))
class Box(Sized):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Box(3)), isinstance(Box(1), Sized))
