# Assigning C.__bases__ recomputes the MRO of C and of its subclasses.
class OldAdd:
    def __add__(self, o):
        return 'old'
class Bare:
    pass
class C(OldAdd):
    pass
class D(C):
    pass
d = D()
print(d + 1, [k.__name__ for k in D.__mro__])
C.__bases__ = (Bare,)
print(C.__bases__, [k.__name__ for k in D.__mro__])
try:
    d + 1
except TypeError as e:
    print('TypeError', e)
class Itr:
    def __iter__(self):
        return iter([1, 2])
C.__bases__ = (Itr, Bare)
print(list(d), isinstance(d, Itr), issubclass(D, Bare), hasattr(d, '__add__'))
for bad in [[Bare], (), (1,), (D,), (int,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print('TypeError', e)
class X: pass
class Y(X): pass
try:
    C.__bases__ = (X, Y)
except TypeError as e:
    print('TypeError', e)
print([k.__name__ for k in C.__mro__])
