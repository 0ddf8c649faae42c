"""LRU cache with OrderedDict and functools utilities."""
import functools
from collections import OrderedDict
from functools import lru_cache, cache, partial, reduce, wraps, cached_property
import operator


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old}")

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


c = LRU(3)
for k in "abcadeab":
    if c.get(k) is None:
        c.put(k, ord(k))
print(c)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {r}")
        return r
    return wrapper


@lru_cache(maxsize=4)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 1, 3, 4, 5, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits)


@logged
def add(a, b=10):
    """Add two numbers."""
    return a + b


add(1)
add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, partial(int, base=2)("1011"))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


class Report:
    def __init__(self, data):
        self.data = data

    @cached_property
    def total(self):
        print("  summing")
        return sum(self.data)


r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True))
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key))
print(functools.total_ordering.__name__, type(partial(print)).__name__)
