# Lock, Event, Condition: FIFO wake-ups, context managers, errors, cancellation.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), "[unlocked]" in repr(lock))
    log = []

    async def critical(name, delay):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(delay)
            log.append(f"{name} out")

    await asyncio.gather(critical("a", 0.01), critical("b", 0), critical("c", 0.005))
    print(log)
    print(await lock.acquire(), lock.locked(), "[locked]" in repr(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # a cancelled waiter does not take the lock
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")
    lock.release()
    print(lock.locked())

    ev = asyncio.Event()
    print(ev.is_set(), "[unset]" in repr(ev))

    async def waiter(name):
        await ev.wait()
        log.append(f"{name} saw event")
        return name

    log = []
    ts = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0.01)
    print(log)
    ev.set()
    print(await asyncio.gather(*ts), log)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} took {items.pop(0)}")

    log = []
    cs = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0.01)
    print(log)
    async with cond:
        items.append(3)
        cond.notify_all()
    await asyncio.gather(*cs)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print(shared.locked(), c2.locked())
    print(shared.locked())

asyncio.run(main())
