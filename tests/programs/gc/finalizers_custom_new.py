import gc
class A:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class B:
    __slots__ = ("n",)
    def __init__(self, n): self.n = n
    def __del__(self): print("slot del", self.n)
a = A(1); b = B(2); c = object.__new__(A); c.n = 3
del a, b, c
gc.collect()
print("end")
