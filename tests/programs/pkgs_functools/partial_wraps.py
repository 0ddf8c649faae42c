import functools
from functools import partial, partialmethod, wraps, update_wrapper, reduce


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(4), cube_mod(3), square.func is power, square.args, square.keywords)
p1 = partial(max, 1, 2)
p2 = partial(p1, 3, key=abs)
print(p2.func is max, p2.args, p2.keywords, p2(-7), repr(p2), repr(partial(print, sep="-")))
print(repr(partial(len)), partial(int, base=2)("101"), partial(int)("7", base=8))


class MyPartial(partial):
    pass


print(repr(MyPartial(max, 1)), MyPartial(max, 5)(2), isinstance(MyPartial(max), partial))
for bad in ("partial()", "partial(1)", "partial(max).args.append", "setattr(partial(max), 'func', min)"):
    try:
        print(bad, eval(bad))
    except (TypeError, AttributeError) as e:
        print(bad, type(e).__name__)
q = partial(max)
q.attr = 5
print(q.attr)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, *, why="none"):
        self._alive = state
        return why

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, why="reset")

    @classmethod
    def make(cls, n, extra=0):
        return cls.__name__, n, extra

    make_two = partialmethod(make, 2)


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(why="x"))
print(Cell.make_two(), Cell.make_two(extra=1))
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state"))
try:
    partialmethod(1)
except TypeError as e:
    print("TypeError", e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner


@deco
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


add_orig = add.__wrapped__
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__annotations__, add.__wrapped__(1, 2))


def target():
    pass


target.custom = "kept"


def wrapper():
    pass


update_wrapper(wrapper, target)
print(wrapper.__name__, wrapper.custom, wrapper.__wrapped__ is target)
update_wrapper(wrapper, target, assigned=(), updated=())
print(wrapper.__name__)


class Obj:
    pass


o = Obj()
update_wrapper(o, len)
print(o.__name__, o.__wrapped__ is len)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3], 0))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
for bad in ("reduce(max, [])", "reduce(1, [1, 2])", "reduce(max)", "reduce(max, 5)"):
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
