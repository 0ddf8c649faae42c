# object.__subclasshook__, unhashable slice, super(T, None).
print(object.__subclasshook__(int), object.__subclasshook__.__qualname__)
import abc
class Meta(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self):
        pass
print(issubclass(Duck, Meta), issubclass(int, Meta))
class Plain:
    pass
print(issubclass(int, Plain))
print(slice.__hash__ is None, list.__hash__ is None)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
try:
    {slice(1): 1}
except TypeError as e:
    print(e)
print(super(type, None), super(int, None).__get__(3))
print(super(int, None).__self__ if hasattr(super(int, None), "__self__") else "x")
