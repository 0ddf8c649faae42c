# gather: result order, exceptions, return_exceptions, duplicates, futures, empty, cancellation.
import asyncio


async def val(x, delay=0.0):
    await asyncio.sleep(delay)
    return x


async def err(e, delay=0.0):
    await asyncio.sleep(delay)
    raise e


async def main():
    print(await asyncio.gather(val(1, 0.02), val(2, 0.01), val(3)))
    print(await asyncio.gather())
    c = val("dup")
    print(await asyncio.gather(c, c))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "fut")
    print(await asyncio.gather(f, val("coro")))

    try:
        await asyncio.gather(val(1, 0.02), err(ValueError("first"), 0.01))
    except ValueError as e:
        print("raised", e)

    res = await asyncio.gather(val(1), err(KeyError("k")), err(ValueError("v"), 0.01),
                               return_exceptions=True)
    print([repr(r) for r in res])

    # cancelling the gather cancels the children
    log = []
    async def long(name):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append(name)
            raise
    g = asyncio.gather(long("a"), long("b"))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log), g.cancelled())

    # a cancelled child: without return_exceptions CancelledError propagates
    t = asyncio.create_task(val(1, 10))
    g2 = asyncio.gather(t, val(2))
    await asyncio.sleep(0)
    t.cancel("child msg")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("child cancel propagates", e.args)

    t = asyncio.create_task(val(1, 10))
    g3 = asyncio.gather(t, val(2), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    r = await g3
    print([repr(x) for x in r])

    try:
        asyncio.gather(1)
    except TypeError as e:
        print("TypeError:", e)

    # the outer future after a child error: other children keep running
    done = []
    async def slow():
        await asyncio.sleep(0.02)
        done.append("slow finished")
    try:
        await asyncio.gather(err(RuntimeError("x")), slow())
    except RuntimeError:
        print("error first", done)
    await asyncio.sleep(0.03)
    print(done)

asyncio.run(main())
