import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A(1)
a = None
gc.collect()
print("after collect 1")

c = A(2)
c.self = c
del c
gc.collect()
print("cycle collected")

# two objects in a cycle, both finalized once
x, y = A(3), A(4)
x.other, y.other = y, x
del x, y
gc.collect()
print("pair collected")

saved = []


class R:
    def __del__(self):
        print("resurrect")
        saved.append(self)


r = R()
del r
gc.collect()
print(len(saved))
saved.clear()
gc.collect()
print("finalizer ran once")


class Sub(A):
    pass


s = Sub(5)
del s
gc.collect()


class Base:
    def __del__(self):
        print("base del", type(self).__name__)


class Derived(Base):
    def __del__(self):
        print("derived del")
        super().__del__()


d = Derived()
del d
gc.collect()

# an exception in __del__ is reported and ignored
class E:
    def __del__(self):
        raise ValueError("in del")


e = E()
del e
gc.collect()
print("still running")

# many objects: CPython frees a list's items last first, Kestrel in creation order
seen = []


class Quiet:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        seen.append(self.n)


objs = [Quiet(i) for i in range(100, 110)]
del objs
gc.collect()
print(sorted(seen))
print(gc.collect() >= 0)
keep = A("kept until exit")
print("end of program")
