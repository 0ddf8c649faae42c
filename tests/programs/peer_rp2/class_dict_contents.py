class A:
    x = 1
    def f(self): pass
class D:
    """doc"""
    y = 2
class B(A): pass
class S:
    __slots__ = ('a',)
class SD:
    __slots__ = ('a', '__dict__')
class E(Exception): pass
class St(set): pass
class I(int): pass
class M(type): pass
class L(list): pass
for c in (A, D, B, S, SD, E, St, I, M, L):
    print(c.__name__, list(c.__dict__))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
a = A(); a.z = 3
print(A.__dict__['__dict__'].__get__(a), A.__dict__['__weakref__'].__get__(a))
print(vars(A).keys() == A.__dict__.keys())
class Eq:
    def __eq__(self, o): return True
print(list(Eq.__dict__))
print(repr(object.__dict__['__doc__']))
print('__doc__' in int.__dict__, int.__dict__['__doc__'] == int.__doc__)
print(type(type.__dict__['__doc__']).__name__)
import weakref
class W: pass
w = W()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r)
class NoW:
    __slots__ = ()
try:
    NoW().__weakref__
except AttributeError as e:
    print("AE", e)
