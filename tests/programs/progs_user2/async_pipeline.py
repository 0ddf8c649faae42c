"""asyncio producer/consumer pipeline with queues, gather, timeouts and cancellation."""
import asyncio
import random
from collections import defaultdict


class Stats:
    def __init__(self):
        self.processed = defaultdict(int)
        self.log = []

    def record(self, worker, item):
        self.processed[worker] += 1
        self.log.append((worker, item))


async def producer(q: asyncio.Queue, n: int, name: str):
    for i in range(n):
        await q.put(f"{name}-{i}")
        await asyncio.sleep(0)
    return f"{name} produced {n}"


async def worker(name: str, q: asyncio.Queue, out: asyncio.Queue, stats: Stats):
    while True:
        item = await q.get()
        try:
            if item.endswith("-3"):
                raise ValueError(f"bad item {item}")
            await asyncio.sleep(0.001)
            await out.put(item.upper())
            stats.record(name, item)
        except ValueError as e:
            stats.log.append((name, f"error: {e}"))
        finally:
            q.task_done()


async def slow(n):
    await asyncio.sleep(n)
    return n


async def countdown(label, n):
    results = []
    async for v in ticker(n):
        results.append(v)
    return label, results


async def ticker(n):
    for i in range(n, 0, -1):
        await asyncio.sleep(0)
        yield i


async def main():
    random.seed(7)
    q, out = asyncio.Queue(maxsize=3), asyncio.Queue()
    stats = Stats()
    workers = [asyncio.create_task(worker(f"w{i}", q, out, stats), name=f"worker-{i}") for i in range(3)]
    produced = await asyncio.gather(producer(q, 5, "a"), producer(q, 4, "b"))
    print(produced)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    items = []
    while not out.empty():
        items.append(out.get_nowait())
    print(sorted(items))
    print(sum(stats.processed.values()), sorted(e for _, e in stats.log if str(e).startswith("error")))

    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(slow(0), timeout=1))

    print(await asyncio.gather(countdown("x", 3), countdown("y", 2)))

    async def failing():
        await asyncio.sleep(0)
        raise KeyError("missing")

    try:
        await asyncio.gather(failing(), slow(0))
    except KeyError as e:
        print("gather raised KeyError", e)

    t = asyncio.create_task(slow(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled(), t.done())

    done, pending = await asyncio.wait([asyncio.create_task(slow(0)), asyncio.create_task(slow(0.5))],
                                       timeout=0.05)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    lock = asyncio.Lock()
    shared = []

    async def critical(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)

    await asyncio.gather(*(critical(i) for i in range(1, 4)))
    print(shared)
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "event seen"

    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt, wt.get_name().startswith("Task-"))
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return i * i

    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)


if __name__ == "__main__":
    asyncio.run(main())
