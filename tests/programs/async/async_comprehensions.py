# Async comprehensions and await inside comprehensions in async functions.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return await Ready(x * 2)

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def main():
    a = [x async for x in agen(5)]
    b = {x: x * x async for x in agen(3)}
    c = {x % 2 async for x in agen(6)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(10) if x % 3 == 0]
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = [y for x in range(3) async for y in agen(x)]
    h = [[await double(y) for y in range(x)] for x in range(3)]
    gen = (x * 10 async for x in agen(3))
    i = [v async for v in gen]
    return a, b, sorted(c), d, e, f, g, h, i, type(gen).__name__

print(run(main()))
