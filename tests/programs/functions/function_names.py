# __name__/__qualname__ of functions, methods, generators and coroutines (made on first request)
import functools, asyncio, types
class A:
    def m(self): pass
    @staticmethod
    def s(): pass
def f(): pass
def g(): yield 1
async def c(): pass
print(f.__name__, f.__qualname__, A.m.__qualname__, A().m.__name__, A.s.__qualname__)
print(repr(f).split(" at ")[0], repr(A().m).split(" of ")[0], repr(g()).split(" at ")[0])
co = c(); print(co.__name__, co.__qualname__); co.close()
f.__name__ = "h"; print(f.__name__, f.__qualname__, g().__name__, g().__qualname__)
@functools.wraps(A.m)
def w(*a): pass
print(w.__name__, w.__qualname__)
l = [lambda: i for i in range(2)]; print(l[0].__name__, l[1].__qualname__)
print(getattr(property(f), "__isabstractmethod__"), getattr(classmethod(f), "__isabstractmethod__", 5))
