# shield: cancelling the outer awaiter leaves the inner task running.
import asyncio


async def important(log):
    await asyncio.sleep(0.03)
    log.append("important finished")
    return "result"


async def main():
    log = []
    inner = asyncio.create_task(important(log))

    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner done?", inner.done())
    print(await inner, log)

    # shield of a done future returns it
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print(asyncio.shield(f) is f)
    print(await asyncio.shield(asyncio.sleep(0.01, "coro")))

    # cancelling the inner cancels the outer
    inner2 = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled())

    # an exception passes through
    async def bad():
        raise OSError("io")
    try:
        await asyncio.shield(bad())
    except OSError as e:
        print("OSError", e)

asyncio.run(main())
