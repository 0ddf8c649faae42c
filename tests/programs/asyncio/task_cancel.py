# Task.cancel: CancelledError inside the coroutine, messages, cleanup, cancelling/uncancel.
import asyncio


async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("cancelled inside", e.args))
        raise
    finally:
        log.append("finally")


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancelling())
    print(t.cancel("stop it"))
    print(t.cancelling(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer sees", e.args)
    print(log)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)

    # cancel before the task ever ran
    t2 = asyncio.create_task(sleeper(log))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before start", t2.cancelled())
    print(log[-1:])

    # a coroutine that swallows the cancellation finishes normally
    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

    # cancelling / uncancel counts
    t4 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t4.cancel()
    t4.cancel()
    print(t4.cancelling())
    print(t4.uncancel(), t4.uncancel(), t4.uncancel())
    await t4

    # cancelling the awaited task propagates into the awaiter
    async def waits_on(other):
        try:
            return await other
        except asyncio.CancelledError:
            print("waiter got CancelledError")
            raise
    inner = asyncio.create_task(asyncio.sleep(10))
    outer = asyncio.create_task(waits_on(inner))
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too:", outer.cancelled(), inner.cancelled())

    # cancelling the awaiter cancels the awaited future
    fut = asyncio.get_running_loop().create_future()
    async def on_future():
        await fut
    w = asyncio.create_task(on_future())
    await asyncio.sleep(0)
    w.cancel("msg")
    try:
        await w
    except asyncio.CancelledError as e:
        print("w cancelled", e.args, fut.cancelled())

    # cancel during a done task's last step
    async def quick():
        return 1
    q = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(q.cancel(), q.result())

    # a task that catches CancelledError and keeps going
    async def stubborn():
        n = 0
        while n < 3:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                n += 1
                print("ignored cancel", n)
        return "stubborn done"
    s = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0)
        s.cancel()
    print(await s)


asyncio.run(main())


async def main_cancelled():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")

try:
    asyncio.run(main_cancelled())
except asyncio.CancelledError:
    print("asyncio.run raised CancelledError")
