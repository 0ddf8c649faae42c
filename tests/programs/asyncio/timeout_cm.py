# asyncio.timeout()/timeout_at(): TimeoutError at the end of the block, expired(), reschedule.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(type(cm).__name__, cm.expired(), repr(cm)[:16])
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", e.args, type(e.__context__).__name__, cm.expired())
    print(repr(cm))

    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(cm.when())
        await asyncio.sleep(0.01)
    print("none", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired", cm.expired())

    # deadline in the past: expires at the first await
    try:
        async with asyncio.timeout(-1):
            print("body runs")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline")

    # reschedule
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("reschedule(None) ok", cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # an exception other than the cancellation passes through
    try:
        async with asyncio.timeout(1):
            raise ValueError("inner")
    except ValueError as e:
        print("ValueError", e)

    # nested timeouts: the inner one fires
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0.01)
            print("outer still fine")
    except TimeoutError:
        print("outer timeout (wrong)")

    # an outer cancel() is not converted
    async def victim():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled, not timed out")

    print(asyncio.current_task().cancelling())

asyncio.run(main())

t = asyncio.timeout_at(None)
print(repr(t), t.when())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)
