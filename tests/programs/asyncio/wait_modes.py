# asyncio.wait: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout, argument errors.
import asyncio


async def val(x, delay):
    await asyncio.sleep(delay)
    return x


async def err(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = asyncio.create_task
    ts = [mk(val(1, 0.01), name="a"), mk(val(2, 0.03), name="b")]
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))

    ts = [mk(val(1, 0), name="fast"), mk(val(2, 10), name="slow")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    for t in pending:
        t.cancel()

    ts = [mk(err(0), name="err"), mk(val(2, 10), name="slow"), mk(val(3, 0), name="now")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    for t in done:
        if t.exception() is not None:
            print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()

    ts = [mk(val(1, 0.01), name="a"), mk(val(2, 0.0), name="b")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))

    ts = [mk(val(1, 0), name="quick"), mk(val(2, 10), name="late")]
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print(names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    done, pending = await asyncio.wait([fut])
    print(len(done), len(pending))

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    c = val(1, 0)
    for args, kw in [((), {}), ((ts[0],), {}), (([],), {}), ((ts,), {"return_when": "bogus"}),
                     (([c],), {})]:
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    c.close()

asyncio.run(main())
