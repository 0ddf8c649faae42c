# async with: __aenter__ result bound by 'as', __aexit__ sees exceptions and may suppress them.
class Suspend:
    def __await__(self):
        yield "tick"

class Mgr:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        await Suspend()
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e), ticks

async def plain():
    async with Mgr("a") as x:
        print("body", x)
    return "plain done"

async def suppressed():
    async with Mgr("b", True) as x:
        raise ValueError("inside " + x)
    return "after suppressed"

async def propagated():
    async with Mgr("c"):
        raise KeyError("k")
    return "not reached"

async def nested():
    async with Mgr("d") as d, Mgr("e") as e:
        print("both", d, e)
    return "nested done"

async def early_return():
    for i in range(3):
        async with Mgr("f%d" % i):
            if i == 1:
                return "returned at 1"
            continue

async def with_break():
    while True:
        async with Mgr("g"):
            break
    return "broke"

print(run(plain()))
print(run(suppressed()))
print(run(propagated()))
print(run(nested()))
print(run(early_return()))
print(run(with_break()))
