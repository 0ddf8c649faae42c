# Semaphore, BoundedSemaphore and Barrier.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    active = 0
    peak = 0

    async def job(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append(f"start {n}")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            active -= 1
            log.append(f"end {n}")

    await asyncio.gather(*(job(i) for i in range(5)))
    print(log)
    print("peak", peak, sem.locked())

    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print(t.done())
    s0.release()
    print(await t)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print(s._value if hasattr(s, "_value") else None)

    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    order = []

    async def party(name, delay):
        await asyncio.sleep(delay)
        order.append(f"{name} arrives")
        idx = await barrier.wait()
        order.append(f"{name} passes")
        return idx

    idxs = await asyncio.gather(party("a", 0.06), party("b", 0.0), party("c", 0.03))
    print(order)
    print(sorted(idxs))

    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print(b2.n_waiting)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e)
    print(b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
