# TypeErrors from async for on objects without the protocol, and exceptions from __anext__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

async def loop_over(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out

print(run(loop_over([1, 2])))
print(run(loop_over(5)))

class NoAnext:
    def __aiter__(self):
        return self
print(run(loop_over(NoAnext())))

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42
print(run(loop_over(BadAnext())))

class Raising:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")
print(run(loop_over(Raising())))

class SyncAnext:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return Ready(self.i)

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

print(run(loop_over(SyncAnext())))
