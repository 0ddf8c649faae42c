from typing import Any, get_type_hints
def f(a: int, *args: float, b: str = "", **kw: Any) -> None: pass
print(f.__annotations__)
def g(*args: "list[int]", **kwargs: "X"): pass
print(g.__annotations__)
def h(*, x: int, **k): pass
print(h.__annotations__)
def i(*a, **k: bool): pass
print(i.__annotations__)
class C:
    def m(self, *__private: int): pass
print(C.m.__annotations__)
def outer():
    T = int
    def inner(*a: T): pass
    return inner.__annotations__
print(outer())
lam = lambda *a, **k: 0
print(lam.__annotations__)
print(get_type_hints(f))
