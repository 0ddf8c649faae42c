# Async generator expressions are async generators, also inside plain functions.
async def agen(n):
    for i in range(n):
        yield i

def make(n):
    return (x + 100 async for x in agen(n))

class Ready:
    def __await__(self):
        yield "tick"
        return 7

def awaiting():
    return ((await Ready()) for _ in range(2))

def drain(ag):
    out = []
    ticks = 0
    while True:
        aw = ag.__anext__()
        try:
            while True:
                aw.send(None)
                ticks += 1
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            return out, ticks

g = make(3)
print(type(g).__name__)
print(drain(g))
print(drain(awaiting()))
