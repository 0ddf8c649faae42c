# sleep: wake-up order follows the durations, results, sleep(0) yields, real time passes.
import asyncio
import time


async def worker(name, delay, log):
    r = await asyncio.sleep(delay, result=name.upper())
    log.append(r)
    print(name, "woke")


async def main():
    log = []
    start = time.monotonic()
    await asyncio.gather(worker("c", 0.08, log), worker("a", 0.01, log), worker("b", 0.04, log),
                         worker("z", 0, log))
    elapsed = time.monotonic() - start
    print(log)
    print(elapsed >= 0.075, elapsed < 1.0)
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(-1, "neg"))
    # sleep(0) lets the other tasks run
    order = []
    async def step(name):
        for i in range(3):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(step("x"), step("y"))
    print(order)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
