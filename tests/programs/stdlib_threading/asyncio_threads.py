import asyncio
import threading
import time


def blocking(n):
    time.sleep(0.01)
    return n * 10, threading.current_thread() is not threading.main_thread()


def fails():
    raise KeyError("missing")


async def main():
    print(await asyncio.to_thread(blocking, 4))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 2))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print(results)
    try:
        await asyncio.to_thread(fails)
    except KeyError as e:
        print("KeyError", e)
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(2) as ex:
        print(await loop.run_in_executor(ex, sum, [1, 2, 3]))


asyncio.run(main())
