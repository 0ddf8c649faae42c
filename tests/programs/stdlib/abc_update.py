from abc import ABC, abstractmethod, update_abstractmethods
class A(ABC):
    @abstractmethod
    def f(self): ...
class B(A):
    pass
try:
    B()
except TypeError as e:
    print(e)
B.f = lambda self: 1
update_abstractmethods(B)
print(B().f(), B.__abstractmethods__)
class Plain:
    pass
print(update_abstractmethods(Plain) is Plain)
