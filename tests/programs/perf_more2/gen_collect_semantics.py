# Natives that consume a generator (list, tuple, set, frozenset, sorted, join, ...) and what
# the generator can observe while they do.
import gc
import sys


def squares(n):
    for i in range(n):
        yield i * i


print(list(squares(5)), tuple(squares(4)), sorted(set(squares(6))))
print(frozenset(x % 3 for x in range(10)) == frozenset({0, 1, 2}))
print(",".join(str(i) for i in range(6)))
print(sum(i for i in range(100)), min(squares(5)), max(squares(5)))


# The generator sees itself running, and its own frame, while a native collects it.
def introspect():
    me = yield_me[0]
    yield me.gi_running
    yield me.gi_code.co_name


g = introspect()
yield_me = [g]
print(list(g), g.gi_running, g.gi_frame, g.gi_suspended)


# next() on the generator being collected, from inside it: already executing.
def reenter():
    yield 1
    try:
        next(me2)
    except ValueError as e:
        yield "ValueError: " + str(e)
    yield 3


me2 = reenter()
print(list(me2))


# An exception half way: the items made so far are lost, the generator is finished.
def fails_at(n):
    for i in range(10):
        if i == n:
            raise KeyError(i)
        yield i


g = fails_at(3)
try:
    tuple(g)
except KeyError as e:
    print("KeyError", e, list(g))

# StopIteration raised inside becomes RuntimeError (PEP 479).
def stops():
    yield 1
    raise StopIteration("early")


try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# finally and with blocks run as the generator ends inside the collecting native.
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def guarded():
    with Ctx():
        try:
            yield "a"
            yield "b"
        finally:
            print("finally")


print(list(guarded()))


# Nested collections: a generator whose items are themselves collected generators.
def rows(n):
    for i in range(n):
        yield tuple(j for j in range(i))


print(list(rows(4)))
print([list(x for x in range(i)) for i in range(3)])


# yield from inside a collected generator: delegation to generators and to other iterables.
def inner(k):
    yield k
    yield k + 1
    return k * 10


def outer():
    r = yield from inner(1)
    yield r
    yield from [7, 8]
    yield from (c for c in "xy")


print(list(outer()))


# The value of a yield expression is None when a native collects the generator.
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    yield got


print(list(echo()))


# A started generator collected part way, then send/throw/close on others.
def counter():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = -1
            continue
        if x is None:
            break
        total += x
    return total


c = counter()
print(next(c), c.send(5), c.send(6), c.throw(ValueError), c.send(2))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

g = squares(10)
print(next(g), next(g), list(g), list(g))

g = guarded()
print(next(g))
g.close()
print(g.gi_frame, list(g))


# Exceptions handled inside a collected generator are its own; the caller's stays.
def handles():
    try:
        raise IndexError("inside")
    except IndexError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise TypeError("outside")
except TypeError:
    print(list(handles()), sys.exc_info()[0].__name__)


# Garbage made while collecting is collectable; many items survive collections.
def garbage(n):
    for i in range(n):
        junk = [str(i)] * 3
        yield junk[0]


big = list(garbage(50000))
gc.collect()
print(len(big), big[0], big[-1], len(set(big)))
print(len(tuple(tuple(range(i % 5)) for i in range(30000))))
