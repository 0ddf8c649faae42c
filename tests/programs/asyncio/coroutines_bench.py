# pyperformance-style coroutine programs: fibonacci driven by send(), and an async tree of
# gathers (as the async_tree benchmarks), checked for their results.
import asyncio


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def bench_coroutines(loops):
    result = None
    for _ in range(loops):
        coro = fibonacci(15)
        try:
            while True:
                coro.send(None)
        except StopIteration as stop:
            result = stop.value
    return result


print(bench_coroutines(3))

calls = 0


async def mock_io():
    global calls
    calls += 1
    await asyncio.sleep(0)


async def recurse(depth, branches):
    if depth == 0:
        await mock_io()
        return 1
    results = await asyncio.gather(*(recurse(depth - 1, branches) for _ in range(branches)))
    return sum(results) + 1


print(asyncio.run(recurse(4, 4)), calls)


async def tree_with_taskgroup(depth, branches):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(tree_with_taskgroup(depth - 1, branches)) for _ in range(branches)]
    return sum(t.result() for t in tasks) + 1


print(asyncio.run(tree_with_taskgroup(3, 5)))


async def memo_tree(depth, cache, lock):
    if depth == 0:
        return 1
    async with lock:
        if depth in cache:
            return cache[depth]
    r = sum(await asyncio.gather(*(memo_tree(depth - 1, cache, lock) for _ in range(3)))) + 1
    cache[depth] = r
    return r


print(asyncio.run(memo_tree(5, {}, asyncio.Lock())))
