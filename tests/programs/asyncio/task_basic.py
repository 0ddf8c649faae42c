# Task: names, results, current_task, all_tasks, done callbacks, errors.
import asyncio


async def child(n):
    await asyncio.sleep(0.01 * n)
    return n * 10


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.done(), isinstance(me, asyncio.Task), isinstance(me, asyncio.Future))
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2), name="second")
    print(t1.get_name(), t2.get_name())
    t2.set_name("renamed")
    print(t2.get_name())
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    print(t1.get_coro().__name__)
    t1.add_done_callback(lambda t: print("done callback", t.result()))
    print(await t1, await t2)
    print(t1.done(), t1.result(), t1.exception())
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0)

    async def fail():
        raise ZeroDivisionError("div")
    t3 = asyncio.create_task(fail())
    try:
        await t3
    except ZeroDivisionError as e:
        print("caught", e)
    print(repr(t3.exception()))
    try:
        t3.result()
    except ZeroDivisionError as e:
        print("result raised", e)

    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        me.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        me.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    async def bad_yield():
        import types

        @types.coroutine
        def gen():
            yield 123
        await gen()
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError:", e)

    # tasks start in creation order, on the next loop pass
    log = []
    async def rec(x):
        log.append(x)
    ts = [asyncio.create_task(rec(i)) for i in range(5)]
    print(log)
    await asyncio.sleep(0)
    print(log)
    print(asyncio.current_task() is me)
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.create_task(child(1))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
loop.close()
