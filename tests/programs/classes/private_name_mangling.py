class D:
    def __init__(self): self.__priv = 1
    def get(self): return self.__priv
print(D().get(), D()._D__priv, sorted(vars(D())))
class E(D):
    def __init__(self):
        super().__init__()
        self.__priv = 2
    def mine(self): return self.__priv
e = E(); print(e.get(), e.mine(), sorted(vars(e)))
class __Under:
    __x = 5
    def f(self, __a=3):
        __b = __a + 1
        return __b, self.__x
print(__Under().f(), __Under._Under__x)
class ___:
    __y = 1
print(___.__dict__['__y'])
class G:
    __slots__ = ()
    def __method(self): return 'private'
    def call(self): return self.__method()
    def __dunder__(self): return 'dunder'
print(G().call(), G()._G__method(), G().__dunder__())
class H:
    def f(self):
        def inner():
            return self.__v
        self.__v = 'inner'
        return inner()
    def g(self):
        return [self.__v for _ in range(1)]
    def k(self):
        __local = 1
        return locals() if False else 'k'
h = H(); print(h.f(), h.g(), h.k())
__glob = 'g'
class J:
    def f(self):
        try:
            return __glob
        except NameError as e:
            return str(e)
print(J().f())
class K:
    import math as __os
print(hasattr(K, '_K__os'))
try:
    D().__priv
except AttributeError as e:
    print(e)
