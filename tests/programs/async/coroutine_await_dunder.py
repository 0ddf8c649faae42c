# coro.__await__() returns a coroutine_wrapper iterator.
class Suspend:
    def __await__(self):
        v = yield "first"
        w = yield "second %s" % v
        return w

async def f():
    r = await Suspend()
    return "f:" + r

c = f()
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
print(next(w))
print(w.send("A"))
try:
    w.send("B")
except StopIteration as e:
    print(e.value)

# A user awaitable that delegates to a coroutine through __await__.
class Wrap:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def g():
    return await Wrap(f())

c = g()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print(e.value)
