"""asyncio: gather, queues, tasks, timeouts with deterministic ordering."""
import asyncio


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} failed")
    return f"{name}:{delay}"


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, results):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        results.append(item * item)


async def slow():
    await asyncio.sleep(10)
    return "never"


async def main():
    results = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0))
    print(results)
    out = await asyncio.gather(fetch("ok", 0), fetch("bad", 0, fail=True), return_exceptions=True)
    print([type(r).__name__ for r in out], str(out[1]))
    try:
        await asyncio.gather(fetch("x", 0, fail=True), fetch("y", 0))
    except ConnectionError as e:
        print("gather raised", e)
    q = asyncio.Queue()
    res = []
    await asyncio.gather(producer(q, 5), consumer(q, res))
    print(res, q.empty())
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.done())
    order = []

    async def worker(name, delays):
        for d in delays:
            await asyncio.sleep(d)
            order.append(name)

    await asyncio.gather(worker("A", [0.01, 0.5]), worker("B", [0.15, 0.1]))
    print(order)
    lock = asyncio.Lock()
    counter = 0

    async def incr():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1

    await asyncio.gather(*(incr() for _ in range(10)))
    print("counter", counter)
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "event seen"

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)

    async def agen(n):
        for i in range(n):
            yield i
            await asyncio.sleep(0)

    print([x async for x in agen(4)])
    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            await asyncio.sleep(0)
            return len(active)

    print(await asyncio.gather(*(limited(i) for i in range(4))))
    done, pending = await asyncio.wait([asyncio.create_task(fetch(n, d)) for n, d in [("p", 0), ("q", 0.5)]],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    return "main done"


print(asyncio.run(main()))
