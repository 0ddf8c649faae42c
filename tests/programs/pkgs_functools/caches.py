import functools
from functools import lru_cache, cache, cached_property


@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(5))
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), type(info).__name__)
sq.cache_clear()
print(sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=None, typed=True)
def ident(x):
    print("call", repr(x))
    return x


print(ident(1), ident(1.0), ident(1), ident.cache_info())


@lru_cache(maxsize=None)
def ident2(x, **kw):
    print("call2", x, kw)
    return x


print(ident2(1), ident2(1.0), ident2(True), ident2(1, a=1), ident2(1, a=1), ident2.cache_info().hits)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(-5)
def neg(x):
    return x


neg(1)
print(neg.cache_info())


@cache
def total(*args):
    print("total", args)
    return sum(args)


print(total(1, 2), total(1, 2), total(2, 1), total.cache_info())
try:
    total([1])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)


class Thing:
    def __init__(self, n):
        self.n = n

    @cached_property
    def double(self):
        """Twice n."""
        print("computing double")
        return self.n * 2

    @lru_cache(maxsize=None)
    def plus(self, k):
        return self.n + k


t = Thing(4)
print(t.double, t.double, "double" in t.__dict__, Thing.double.__doc__, type(Thing.double).__name__)
del t.double
print(t.double)
t.double = 100
print(t.double, t.plus(1), t.plus(1), Thing.plus.cache_info())


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print("TypeError", e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Thing(1), Thing)
except TypeError as e:
    print("TypeError", e)
try:
    class Twice:
        a = cached_property(lambda self: 1)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
