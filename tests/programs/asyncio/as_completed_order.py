# as_completed: results in completion order, timeout, exceptions.
import asyncio


async def val(x, delay):
    await asyncio.sleep(delay)
    return x


async def err(delay):
    await asyncio.sleep(delay)
    raise ValueError("late failure")


async def main():
    for coro in asyncio.as_completed([val("slow", 0.08), val("fast", 0.01), val("mid", 0.04)]):
        print(await coro)

    got = []
    try:
        for coro in asyncio.as_completed([val("a", 0), val("b", 10)], timeout=0.05):
            got.append(await coro)
    except asyncio.TimeoutError:
        print("timeout after", got)

    for coro in asyncio.as_completed([err(0.05), val("ok", 0.01)]):
        try:
            print(await coro)
        except ValueError as e:
            print("error", e)

    print(list(asyncio.as_completed([])))
    try:
        asyncio.as_completed(val(1, 0))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
