# wait_for: results, TimeoutError, cancellation of the inner task, timeout None/0.
import asyncio


async def slow(log, delay=10):
    try:
        await asyncio.sleep(delay)
        return "slow result"
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def main():
    log = []
    print(await asyncio.wait_for(slow(log, 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, type(e.__cause__).__name__)
    print(log)
    print(await asyncio.wait_for(slow(log, 0.01), None))
    try:
        await asyncio.wait_for(slow(log), 0)
    except TimeoutError:
        print("timeout 0")
    print(log)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))

    async def raises():
        await asyncio.sleep(0.01)
        raise KeyError("inner")
    try:
        await asyncio.wait_for(raises(), 1)
    except KeyError as e:
        print("KeyError", e)

    # the task being awaited by wait_for keeps running if not finished? no: it is cancelled
    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled())

    # cancelling the caller cancels the inner awaitable
    async def caller():
        return await asyncio.wait_for(slow(log), 5)
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled", log[-1])

    # a shielded inner survives the timeout
    inner = asyncio.create_task(asyncio.sleep(0.03, "shielded done"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("timed out; inner cancelled?", inner.cancelled())
    print(await inner)

asyncio.run(main())
