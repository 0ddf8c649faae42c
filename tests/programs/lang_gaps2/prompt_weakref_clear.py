# A weak reference is dead as soon as `del` drops the last strong reference.
import weakref
class A: pass
a = A()
r = weakref.ref(a, lambda ref: print('callback'))
print(r() is a)
del a
print('after del', r())
d = weakref.WeakValueDictionary()
o = A()
d['k'] = o
print(len(d))
del o
print('after del', len(d), 'k' in d)
