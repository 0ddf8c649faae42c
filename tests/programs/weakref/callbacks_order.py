import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


events = []


class WithDel:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        events.append(("del", self.n))


# A callback sees its weak reference dead; the referent is gone.
o = Obj(1)
r = weakref.ref(o, lambda wr: events.append(("cb", wr() is None)))
del o
gc.collect()
print(events)
events.clear()

# A finalizer runs before the weak references to its object are cleared.
w = WithDel(2)
rw = weakref.ref(w, lambda wr: events.append(("cb2", wr() is None)))
del w
gc.collect()
print(events, rw())
events.clear()

# A dead weak reference's callback is not called.
o = Obj(3)
r3 = weakref.ref(o, lambda wr: events.append("never"))
del r3
del o
gc.collect()
print(events)

# An exception in a callback is reported and ignored.
o = Obj(4)
r4 = weakref.ref(o, lambda wr: 1 / 0)
del o
gc.collect()
print("after failing callback")

# Cycles that hold weak references to each other.
a, b = Obj("a"), Obj("b")
a.peer = weakref.ref(b)
b.peer = weakref.ref(a)
a.self = a
print(a.peer().n, b.peer().n)
del b
gc.collect()
print(a.peer())
