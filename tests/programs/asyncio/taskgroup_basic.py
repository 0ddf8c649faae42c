# TaskGroup: waits for its tasks, collects failures in an ExceptionGroup, cancels siblings.
import asyncio


async def work(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(name)
        return name
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.04, log))
        t2 = tg.create_task(work("b", 0.01, log), name="bee")
        print(repr(tg))
    print(log, t1.result(), t2.get_name())

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 0.5, log))
            tg.create_task(fail("bad", 0.01))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print("group:", eg.message, [repr(e) for e in eg.exceptions])
    print(log)

    # two failures in the same loop pass
    ev = asyncio.Event()

    async def fail_on_event(msg):
        await ev.wait()
        raise ValueError(msg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_on_event("one"))
            tg.create_task(fail_on_event("two"))
            await asyncio.sleep(0)
            ev.set()
    except* ValueError as eg:
        print("except*", sorted(str(e) for e in eg.exceptions))

    # an error in the body cancels the tasks and joins the group
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("child", 0.5, log))
            await asyncio.sleep(0)
            raise KeyError("body")
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])
    print(log)

    # errors
    tg = asyncio.TaskGroup()
    coro = work("x", 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    coro = work("x", 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # the task that owns the group is cancelled from outside: CancelledError propagates
    log = []
    async def owner():
        async with asyncio.TaskGroup() as g:
            g.create_task(work("owned", 0.5, log))
            await asyncio.sleep(0.5)
    t = asyncio.create_task(owner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner cancelled", log)

    # results of the tasks, in order of creation
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(asyncio.sleep(d, d)) for d in (0.02, 0.01, 0.0)]
    print([t.result() for t in tasks])
    print(asyncio.current_task().cancelling())

asyncio.run(main())
