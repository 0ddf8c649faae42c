# return/break/continue/exceptions inside async for and async with bodies.
class Tick:
    def __await__(self):
        yield "tick"

class Mgr:
    def __init__(self, log, name):
        self.log = log
        self.name = name
    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self
    async def __aexit__(self, t, v, tb):
        await Tick()
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))

async def agen(log):
    try:
        for i in range(10):
            await Tick()
            yield i
    finally:
        log.append("agen finally")

async def find(log, target):
    g = agen(log)
    try:
        async with Mgr(log, "outer"):
            async for x in g:
                async with Mgr(log, "inner%d" % x):
                    if x == target:
                        return x
                    if x % 2:
                        continue
                    log.append("even %d" % x)
        return None
    finally:
        await g.aclose()

async def raising(log):
    g = agen(log)
    try:
        async for x in g:
            if x == 1:
                raise ValueError("at 1")
    finally:
        log.append("closing")
        await g.aclose()

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

log = []
print(run(find(log, 3)))
print(log)
log = []
print(run(raising(log)))
print(log)
