# asyncio.run: results, exceptions, the running-loop checks, non-coroutine arguments.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print(asyncio.run(add(2, 3)))


async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad")


try:
    asyncio.run(boom())
except ValueError as e:
    print("caught", repr(e))


async def nested():
    coro = add(1, 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested:", e)
    coro.close()
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    print(asyncio.get_event_loop() is loop)
    return loop


loop = asyncio.run(nested())
print(loop.is_running(), loop.is_closed())

try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def main_returns_none():
    pass


print(asyncio.run(main_returns_none()))
print(asyncio.run(main_returns_none(), debug=True))
