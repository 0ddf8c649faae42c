# Generators keep their state in their heap slot, with rarely used parts (the exception
# being handled at a yield, a yield-from chain's leaf, async generator hooks) made on demand.
import sys


def handler_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


g = handler_gen()
print(next(g), sys.exc_info()[0], next(g), next(g))


def leaf(n):
    for i in range(n):
        x = yield i
        if x is not None:
            yield ("got", x)
    return "leaf done"


def mid(n):
    r = yield from leaf(n)
    yield r
    return "mid done"


def top(n):
    r = yield from mid(n)
    yield r


print(list(top(3)))
t = top(5)
print(next(t), next(t), t.send("s"), next(t))
try:
    t.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
print(t.gi_running, t.gi_frame is None)

t2 = top(4)
next(t2)
t2.close()
print(t2.gi_frame is None, list(t2))


def chain(depth):
    if depth == 0:
        yield "bottom"
        return
    yield from chain(depth - 1)


print(list(chain(300)))


def many():
    for k in range(20000):
        yield from iter_gen(k)


def iter_gen(k):
    yield k


print(sum(many()))

# Generators abandoned in the middle of a try/finally run their finally on collection.
import gc

log = []


def fin():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


gens = [fin() for _ in range(3)]
for x in gens:
    next(x)
del gens, x
gc.collect()
print(log)

# Names.
def named():
    yield 1


n = named()
print(n.__name__, n.__qualname__)

# Async generators and their hooks.
import asyncio


async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)


async def main():
    out = [x async for x in agen()]
    a = agen()
    print(await a.__anext__(), await a.asend(None))
    await a.aclose()
    return out


print(asyncio.run(main()))

firsts = []


def first(g):
    firsts.append(type(g).__name__)


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first, finalizer=lambda g: firsts.append("fin"))


async def drive():
    a = agen()
    await a.__anext__()
    await a.aclose()


c = drive()
try:
    c.send(None)
    c.send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(*old)
print(firsts)
