# Queue/PriorityQueue/LifoQueue: ordering, nowait errors, full/empty, task_done errors, waiting.
import asyncio


async def main():
    q = asyncio.Queue()
    for x in (3, 1, 2):
        q.put_nowait(x)
    print([q.get_nowait() for _ in range(3)])
    p = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b")]:
        await p.put(x)
    print([await p.get() for _ in range(3)])
    l = asyncio.LifoQueue()
    for x in "abc":
        l.put_nowait(x)
    print([l.get_nowait() for _ in range(3)])

    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    small = asyncio.Queue(1)
    small.put_nowait("x")
    print(small.full(), str(small))
    try:
        small.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

    # a blocked put resumes when space frees up
    log = []
    async def putter():
        await small.put("y")
        log.append("put done")
    t = asyncio.create_task(putter())
    await asyncio.sleep(0.01)
    print(log, small.qsize())
    print(small.get_nowait())
    await t
    print(log, small.get_nowait())

    # a blocked get resumes on put; getters are served first come first served
    async def getter(name):
        v = await q.get()
        log.append((name, v))
    gs = [asyncio.create_task(getter(n)) for n in ("g1", "g2")]
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    await asyncio.gather(*gs)
    print(log[-2:])

    # a cancelled get leaves the queue consistent
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("get cancelled", q.qsize(), q.empty())
    q.put_nowait("after")
    print(await q.get())

    try:
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("joined")
    try:
        asyncio.Queue(loop=None)
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.Queue[int])

asyncio.run(main())
