# asyncio.run closes the async generators left unfinished (loop.shutdown_asyncgens), through
# the sys.set_asyncgen_hooks hooks the running loop installs. (A generator dropped while the
# loop runs is closed when collected: at once in CPython, later in Kestrel; not tested.)
import asyncio
import sys


async def numbers(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name} closed")


async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks[0] is not None, hooks[1] is not None)
    g = numbers("kept")
    print(await g.__anext__(), await g.__anext__())
    print("main ends")
    return g


g = asyncio.run(main())
print("after run", tuple(sys.get_asyncgen_hooks()))

calls = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=lambda ag: calls.append("first"), finalizer=None)


async def agen():
    yield 1


async def drive():
    a = agen()
    await a.__anext__()
    await a.aclose()
    b = agen()
    await b.aclose()
    print(calls)

c = drive()
try:
    c.send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(*old)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print("TypeError:", e)
print(tuple(sys.get_asyncgen_hooks()))


async def main2():
    loop = asyncio.get_running_loop()
    g = numbers("explicit")
    await g.asend(None)
    await loop.shutdown_asyncgens()
    print("after shutdown_asyncgens")

asyncio.run(main2())
