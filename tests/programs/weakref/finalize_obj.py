import gc
import weakref


class Obj:
    pass


def done(*args, **kw):
    print("done", args, sorted(kw.items()))


o = Obj()
f = weakref.finalize(o, done, 1, 2, k=3)
print(f.alive, f.atexit)
print(f.peek()[1:] == (done, (1, 2), {"k": 3}))
del o
gc.collect()
print(f.alive)
print(f())

o2 = Obj()
f2 = weakref.finalize(o2, done, "called")
print(f2())
print(f2.alive, f2())

o3 = Obj()
f3 = weakref.finalize(o3, done, "detached")
obj, func, args, kw = f3.detach()
print(obj is o3, args, f3.alive)
del o3, obj
gc.collect()

o4 = Obj()
f4 = weakref.finalize(o4, done, "at exit 1")
o5 = Obj()
f5 = weakref.finalize(o5, done, "at exit 2")
o6 = Obj()
f6 = weakref.finalize(o6, done, "never")
f6.atexit = False
print("end")
