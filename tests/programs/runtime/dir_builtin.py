class A:
    cls_attr = 1
    def meth(self):
        pass
class B(A):
    def other(self):
        pass
b = B()
b.inst = 5
names = dir(b)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in dir(A))
def f():
    x = 1
    y = 2
    return dir()
print(f())
class D:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(D()))
import math
print("sqrt" in dir(math), "__name__" in dir(math))
