"""Caching and instrumentation decorators: an OrderedDict LRU cache class used as a
decorator with arguments, a class-based call counter, functools.wraps, cached_property,
a TTL cache driven by a fake clock, and decorators stacked on methods."""
import functools
from collections import OrderedDict
import inspect


class LRU:
    def __init__(self, capacity=3):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute()
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"    evict {old!r}")
        return value

    def __repr__(self):
        return f"LRU(keys={list(self.data)}, hits={self.hits}, misses={self.misses})"


def cached(capacity=3, key=None):
    def deco(fn):
        cache = LRU(capacity)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            k = key(*args, **kwargs) if key else (args, tuple(sorted(kwargs.items())))
            return cache.get(k, lambda: fn(*args, **kwargs))
        wrapper.cache = cache
        return wrapper
    return deco


class counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


clock = FakeClock()


def ttl_cache(seconds):
    def deco(fn):
        store = {}

        @functools.wraps(fn)
        def wrapper(*args):
            hit = store.get(args)
            if hit and clock() - hit[1] < seconds:
                return hit[0]
            value = fn(*args)
            store[args] = (value, clock())
            return value
        wrapper.store = store
        return wrapper
    return deco


@cached(capacity=2, key=lambda s, **kw: s.lower())
def shout(s, suffix="!"):
    print(f"    computing shout({s!r})")
    return s.upper() + suffix


@counted
def slow_square(x):
    """Square a number."""
    return x * x


@ttl_cache(seconds=10)
def price(sym):
    print(f"    fetching {sym} at t={clock():.0f}")
    return {"ABC": 10.5, "XYZ": 99.0}[sym] + clock() / 100


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        print("    summing once")
        return sum(self.rows)

    @counted
    def scaled(self, k):
        return [r * k for r in self.rows]


for word in ["Hi", "hi", "Yo", "HI", "Zap", "yo"]:
    print(word, "->", shout(word))
print(shout.cache, shout.__name__, shout.__wrapped__.__name__)
print([slow_square(i) for i in range(4)], slow_square.calls, slow_square.__doc__, slow_square.__name__)
for t in [0, 5, 9, 12, 15, 30]:
    clock.now = t
    print(f"t={t:>2}", price("ABC"), price("XYZ") if t % 2 == 0 else "-")
print(sorted(price.store))
r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
del r.total
print(r.total, r.scaled(2), r.scaled(3), Report.scaled.calls)
print(inspect.signature(shout), inspect.signature(slow_square), callable(slow_square))


def trace(fn):
    depth = 0

    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal depth
        print("    " + "  " * depth + f"-> {fn.__name__}{args}")
        depth += 1
        try:
            return fn(*args)
        finally:
            depth -= 1
    return wrapper


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18))
