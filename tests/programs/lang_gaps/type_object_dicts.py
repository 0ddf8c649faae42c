# The descriptors type and object list in their __dict__.
print(type.__dict__['__name__'], type.__dict__['__dict__'])
print(type(type.__dict__['__name__']).__name__, type(type.__dict__['__mro__']).__name__)
print(type.__dict__['__name__'].__get__(int), type.__dict__['__qualname__'].__get__(dict))
print(type.__dict__['__mro__'].__get__(bool))
print(sorted(k for k in ('__class__', '__dir__', '__init__', '__repr__') if k in object.__dict__))
print(object.__dict__['__class__'], object.__dict__['__class__'].__get__(3))
print(type(object.__dict__['__class__']).__name__)
class C:
    pass
class D(C):
    "D's doc"
class G(D):
    pass
print(C.__doc__, D.__doc__, G.__doc__, G().__doc__)
print(C.__class__, C().__class__.__name__, object.__class__)
print(type(C.__dict__).__name__, '__doc__' in C.__dict__)
print('__init__' in C().__dir__(), '__class__' in object().__dir__(), 'x' in dir(C))
class H:
    def __dir__(self):
        return ['b', 'a'] + super().__dir__()[:0]
print(dir(H()))
print(int.__name__, type.__name__, type.__doc__[:10], int.__doc__[:10])
try:
    type.__dict__['__name__'].__set__(int, 'x')
except TypeError as e:
    print('TypeError', e)
K = type('K', (), {})
type.__dict__['__name__'].__set__(K, 'K2')
print(K.__name__)
