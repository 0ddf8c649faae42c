# An async generator used as an async context manager-ish resource and cleanup with aclose.
class Tick:
    def __await__(self):
        yield "tick"

class Resource:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("open")
        await Tick()
        return self
    async def __aexit__(self, *exc):
        self.log.append("close %s" % (exc[0].__name__ if exc[0] else None))
        return False

async def rows(log):
    async with Resource(log):
        for i in range(5):
            await Tick()
            yield i

async def main(log):
    got = []
    g = rows(log)
    async for r in g:
        got.append(r)
        if r == 2:
            break
    log.append("after break")
    await g.aclose()
    return got

log = []
c = main(log)
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    print(e.value, ticks)
print(log)
