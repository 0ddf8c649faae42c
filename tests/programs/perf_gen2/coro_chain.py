# Coroutines awaiting coroutines: a recursion that never suspends, one that suspends at
# every level through a bare yield, send/throw/close, and asyncio.
import asyncio
import types


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


c = fib(15)
try:
    c.send(None)
except StopIteration as e:
    print("fib", e.value)


@types.coroutine
def pause(v):
    got = yield v
    return got


async def nested(n):
    if n == 0:
        a = await pause("p1")
        b = await pause("p2")
        return [a, b]
    r = await nested(n - 1)
    return r + [n]


c = nested(6)
print(c.send(None))
print(c.cr_await is not None, c.cr_running, c.cr_suspended)
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("done", e.value)

c = nested(4)
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)

c = nested(4)
print(c.send(None))
c.close()
print(c.cr_suspended, c.cr_await)

try:
    c = nested(2)
    c.send(None)
    c.send(None)
    c.send(None)
    c.send(None)
except (StopIteration, RuntimeError) as e:
    print(type(e).__name__, e)


async def awaiting_twice():
    inner = nested(1)
    first = inner.send(None)

    async def again():
        return await inner

    try:
        await again()
    except RuntimeError as e:
        return (first, str(e))


try:
    awaiting_twice().send(None)
except StopIteration as e:
    print(e.value)


async def worker(name, n, out):
    for i in range(n):
        await asyncio.sleep(0)
        out.append((name, await fib(i)))
    return name


async def main():
    out = []
    names = await asyncio.gather(worker("a", 5, out), worker("b", 4, out))
    print(names)
    print(sorted(out))

    async def deep(n):
        if n == 0:
            await asyncio.sleep(0)
            return 0
        return 1 + await deep(n - 1)

    print(await deep(50))
    t = asyncio.ensure_future(deep(20))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
