# loop.run_until_complete with coroutines and futures, errors, set_event_loop.
import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    return x * 2


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(work(21)))

fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "from future")
print(loop.run_until_complete(fut))

task = loop.create_task(work(5))
print(loop.run_until_complete(task), task.done())


async def fails():
    raise KeyError("k")


try:
    loop.run_until_complete(fails())
except KeyError as e:
    print("KeyError", e)


async def inner_run():
    try:
        loop.run_until_complete(work(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    other = asyncio.new_event_loop()
    c = work(2)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()


loop.run_until_complete(inner_run())

f2 = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(f2)
except RuntimeError as e:
    print("RuntimeError:", e)


async def close_inside():
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)


loop.run_until_complete(close_inside())
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
try:
    loop.run_until_complete(work(1))
except RuntimeError as e:
    print("RuntimeError:", e)
