"""A simulated async crawler: TaskGroup, timeout, as_completed, async context managers."""
import asyncio
import contextlib

PAGES = {
    "/": (0.01, ["/a", "/b", "/slow"]),
    "/a": (0.02, ["/a/1", "/b"]),
    "/b": (0.01, ["/"]),
    "/a/1": (0.01, ["/broken"]),
    "/slow": (1.0, []),
    "/broken": (0.0, None),
}


class FetchError(Exception):
    pass


@contextlib.asynccontextmanager
async def session(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")


async def fetch(path):
    delay, links = PAGES[path]
    await asyncio.sleep(delay)
    if links is None:
        raise FetchError(f"{path}: 500")
    return links


async def fetch_with_timeout(path, limit=0.2):
    try:
        async with asyncio.timeout(limit):
            return await fetch(path)
    except TimeoutError:
        return "timeout"


async def crawl(start):
    seen, frontier, results = {start}, [start], {}
    while frontier:
        async with asyncio.TaskGroup() as tg:
            tasks = {p: tg.create_task(fetch_with_timeout(p)) for p in frontier}
        frontier = []
        for path, task in sorted(tasks.items()):
            try:
                links = task.result()
            except FetchError as e:
                results[path] = str(e)
                continue
            results[path] = links
            if links == "timeout":
                continue
            for link in links:
                if link not in seen and link != "/broken":
                    seen.add(link)
                    frontier.append(link)
    return results


async def main():
    log = []
    async with session("crawler", log) as s:
        log.append(f"using {s}")
        results = await crawl("/")
    for path, links in sorted(results.items()):
        print(f"{path:<8} {links}")
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("/broken"))
            tg.create_task(fetch("/a"))
    except* FetchError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    print("after group, timeout still converts:", await fetch_with_timeout("/slow", 0.01))
    done = []
    for fut in asyncio.as_completed([fetch("/a"), fetch("/b"), fetch("/a/1")]):
        done.append(await fut)
    print(sorted(map(len, done)))
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(session(n, log)) for n in ("x", "y")]
        print(names)
    print(log[-2:])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "late value")
    print(await fut, await asyncio.shield(fetch("/b")))
    try:
        await asyncio.wait_for(fetch("/slow"), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__, e.__class__ is TimeoutError)


asyncio.run(main())
