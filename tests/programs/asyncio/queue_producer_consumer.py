# Producer/consumer with a bounded Queue, task_done/join, and worker cancellation; the
# interleaving follows the loop's first-in first-out scheduling.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"produced {i} (size {q.qsize()})")


async def consumer(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        results.append((name, item))
        print(f"{name} consumed {item}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    results = []
    workers = [asyncio.create_task(consumer(f"w{i}", q, results)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("all processed", len(results))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(i for _, i in results))

asyncio.run(main())


# Timed version: consumers slower than the producer, with clear gaps.
async def timed():
    q = asyncio.Queue()
    order = []

    async def prod():
        for i in range(3):
            await q.put(i)
            order.append(f"put {i}")
            await asyncio.sleep(0.02)
        await q.put(None)

    async def cons():
        while (item := await q.get()) is not None:
            order.append(f"got {item}")
        order.append("consumer done")

    await asyncio.gather(prod(), cons())
    print(order)

asyncio.run(timed())
