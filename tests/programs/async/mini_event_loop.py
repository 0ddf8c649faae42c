# A small asyncio-like loop: futures with callbacks, tasks, sleep by virtual time, gather.
import heapq

class CancelledError(Exception):
    pass

class Future:
    def __init__(self, loop):
        self.loop = loop
        self._done = False
        self._result = None
        self._exc = None
        self._callbacks = []

    def done(self):
        return self._done

    def set_result(self, v):
        self._done = True
        self._result = v
        self._schedule()

    def set_exception(self, e):
        self._done = True
        self._exc = e
        self._schedule()

    def _schedule(self):
        for cb in self._callbacks:
            self.loop.call_soon(cb, self)
        self._callbacks = []

    def add_done_callback(self, cb):
        if self._done:
            self.loop.call_soon(cb, self)
        else:
            self._callbacks.append(cb)

    def result(self):
        if self._exc is not None:
            raise self._exc
        return self._result

    def __await__(self):
        if not self._done:
            yield self
        return self.result()

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro = coro
        self.name = name
        loop.call_soon(self._step, None)

    def _step(self, fut):
        try:
            if fut is not None and fut._exc is not None:
                nxt = self.coro.throw(fut._exc)
            else:
                nxt = self.coro.send(None)
        except StopIteration as e:
            self.set_result(e.value)
            return
        except Exception as e:
            self.set_exception(e)
            return
        nxt.add_done_callback(self._step)

class Loop:
    def __init__(self):
        self.time = 0
        self.ready = []
        self.timers = []
        self.seq = 0

    def call_soon(self, fn, arg):
        self.ready.append((fn, arg))

    def call_later(self, delay, fn, arg):
        self.seq += 1
        heapq.heappush(self.timers, (self.time + delay, self.seq, fn, arg))

    def create_task(self, coro, name):
        return Task(self, coro, name)

    def run_until_complete(self, coro):
        task = self.create_task(coro, "main")
        while not task.done():
            if not self.ready and self.timers:
                t, _, fn, arg = heapq.heappop(self.timers)
                self.time = t
                self.ready.append((fn, arg))
            batch, self.ready = self.ready, []
            for fn, arg in batch:
                fn(arg)
        return task.result()

loop = Loop()
log = []

async def sleep(delay, value=None):
    f = Future(loop)
    loop.call_later(delay, lambda fut: fut.set_result(value), f)
    return await f

async def gather(*coros):
    tasks = [loop.create_task(c, "t%d" % i) for i, c in enumerate(coros)]
    out = []
    for t in tasks:
        try:
            out.append(await t)
        except Exception as e:
            out.append("error: %s" % e)
    return out

async def job(name, delay):
    log.append((loop.time, "start", name))
    v = await sleep(delay, name * 2)
    log.append((loop.time, "end", name))
    return v

async def failing(delay):
    await sleep(delay)
    raise CancelledError("failed after %d" % delay)

async def ticker(n):
    async for t in Ticks(n):
        log.append((loop.time, "tick", t))
    return "ticked"

class Ticks:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await sleep(1)
        return self.i

async def main():
    r = await gather(job("a", 3), job("b", 1), failing(2), ticker(3))
    log.append((loop.time, "gathered"))
    return r

print(loop.run_until_complete(main()))
for entry in log:
    print(entry)
print("final time", loop.time)
