# Async generators: __anext__ awaitables, StopAsyncIteration at the end.
class Suspend:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Suspend()
        yield i * i
    print("agen finished")

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def main():
    out = []
    async for v in agen(4):
        out.append(v)
    g = agen(2)
    out.append(await g.__anext__())
    out.append(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("stop")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("stop again")
    return out

g = agen(1)
print(type(g).__name__, repr(g).startswith("<async_generator object agen at 0x"))
print(g.__aiter__() is g)
print(run(main()))
