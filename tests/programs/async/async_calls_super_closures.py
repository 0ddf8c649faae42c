# Coroutine functions with defaults, *args/**kwargs, super(), nonlocal, sys.exc_info.
class Base:
    async def hello(self, x=1, *a, k=2, **kw):
        return ("base", x, a, k, kw)
class Child(Base):
    async def hello(self, *args, **kw):
        r = await super().hello(*args, **kw)
        return ("child",) + r
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(Child().hello()))
print(run(Child().hello(5, 6, 7, k=3, z=9)))
def outer():
    count = 0
    async def inc():
        nonlocal count
        count += 1
        return count
    async def agen():
        for _ in range(3):
            yield await inc()
    return agen
async def collect():
    return [x async for x in outer()()]
print(run(collect()))
async def kwonly(*, a, b=2): return a + b
print(run(kwonly(a=1)))
try:
    kwonly()
except TypeError as e:
    print(e)
import sys
async def excinfo():
    try:
        raise ValueError("x")
    except ValueError:
        return sys.exc_info()[0].__name__
print(run(excinfo()))
async def gen_with_return():
    yield 1
    return
g = gen_with_return()
print(type(g.asend(None)).__name__)
print(repr(g.__anext__())[:30].split(" at")[0])
