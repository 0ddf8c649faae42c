"""Event-driven simulation of a coffee shop with asyncio (virtual, deterministic)."""
import asyncio

log = []


async def barista(name, orders, done, speed):
    while True:
        order = await orders.get()
        if order is None:
            orders.task_done()
            break
        await asyncio.sleep(speed * order[1] / 1000)
        log.append(f"{name} made {order[0]}")
        done.append(order[0])
        orders.task_done()


async def customer(i, orders, lock, counter):
    await asyncio.sleep(i / 1000)
    async with lock:
        counter["n"] += 1
    await orders.put((f"coffee#{i}", 1 + i % 3))


async def with_timeout():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        return "timed out"


async def failing():
    await asyncio.sleep(0)
    raise RuntimeError("boom")


async def main():
    orders = asyncio.Queue()
    done = []
    lock = asyncio.Lock()
    counter = {"n": 0}
    workers = [asyncio.create_task(barista(f"b{i}", orders, done, 3 + i)) for i in range(2)]
    await asyncio.gather(*(customer(i, orders, lock, counter) for i in range(6)))
    await orders.join()
    for _ in workers:
        await orders.put(None)
    await asyncio.gather(*workers)
    print(sorted(done), counter)
    print(len(log), all(l.startswith("b") for l in log))
    print(await with_timeout())
    results = await asyncio.gather(failing(), asyncio.sleep(0, result=7), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "event seen"

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(t.done())
    ev.set()
    print(await t)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", t2.cancelled())

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i

    print([x async for x in agen(5)])
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
        return i

    print(await asyncio.gather(*(limited(i) for i in range(5))), peak[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    done_set, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, result=i)) for i in range(3)])
    print(sorted(t.result() for t in done_set), len(pending))
    return "finished"


print(asyncio.run(main()))
