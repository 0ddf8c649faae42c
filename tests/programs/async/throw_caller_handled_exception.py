# A generator/coroutine that catches, via throw(), the very exception its caller is handling
# keeps it as its own handled exception across a suspension: a bare `raise` re-raises it.
import types


def gen():
    try:
        yield 1
    except KeyError:
        yield 2
        raise


g = gen()
next(g)
try:
    raise KeyError("same object")
except KeyError as exc:
    print(g.throw(exc))
try:
    next(g)
except KeyError as e:
    print("re-raised", e)


@types.coroutine
def suspend():
    yield "suspended"


async def inner():
    try:
        await suspend()
    except KeyError:
        await suspend()
        raise


async def outer():
    try:
        await inner()
    except KeyError as e:
        print("outer caught", e)
        await suspend()
        raise


def wake(c):
    try:
        raise KeyError("woken")
    except BaseException as exc:
        return c.throw(exc)


c = outer()
print(c.send(None))
print(wake(c))
print(c.send(None))
try:
    c.send(None)
except KeyError as e:
    print("finally", e)
