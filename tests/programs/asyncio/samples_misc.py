# Typical asyncio samples: hello world, concurrent sleeps printed by wake-up order, a ticker
# with a timeout, ensure_future, iscoroutine(function), exception handlers, Runner.
import asyncio
import time


async def hello():
    print("Hello ...")
    await asyncio.sleep(0.01)
    print("... World!")

asyncio.run(hello())


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.monotonic()
    task1 = asyncio.create_task(say_after(0.04, "world"))
    task2 = asyncio.create_task(say_after(0.01, "hello"))
    print("started")
    await task1
    await task2
    print("finished", time.monotonic() - start >= 0.035)

asyncio.run(main())


async def ticker():
    n = 0
    while True:
        await asyncio.sleep(0.01)
        n += 1
        if n == 2:
            print("tick x2")


async def with_timeout():
    try:
        await asyncio.wait_for(ticker(), timeout=0.15)
    except asyncio.TimeoutError:
        print("ticker timed out")

asyncio.run(with_timeout())


async def coro_fn():
    return 7


def plain():
    pass


async def agen():
    yield 1


print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(agen))
c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(agen()))


async def use_ensure_future():
    t = asyncio.ensure_future(c)
    print(isinstance(t, asyncio.Task), await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom"
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(use_ensure_future())


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def exc_handlers():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    def bad_callback():
        raise ValueError("in callback")
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom message"})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)

asyncio.run(exc_handlers())

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "first")))
    print(runner.run(asyncio.sleep(0.01, "second")))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
try:
    runner.run(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)


async def leftover():
    await asyncio.sleep(10)


async def main_leaves_task():
    async def cleanup_on_cancel():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("leftover task cancelled at shutdown")
            raise
    asyncio.create_task(cleanup_on_cancel())
    await asyncio.sleep(0)
    return "main returned"

print(asyncio.run(main_leaves_task()))
