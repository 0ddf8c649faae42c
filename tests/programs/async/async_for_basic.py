# async for over a class implementing __aiter__/__anext__, with else/break/continue.
class Suspend:
    def __await__(self):
        yield "tick"

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

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
    async for x in Counter(4):
        if x == 2:
            continue
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(10):
        if x == 3:
            break
        out.append(x * 10)
    else:
        out.append("not reached")
    async for a, b in Pairs():
        out.append(a + b)
    return out

class Pairs:
    def __aiter__(self):
        self.k = 0
        return self
    async def __anext__(self):
        self.k += 1
        if self.k > 2:
            raise StopAsyncIteration
        return self.k, self.k * 100

print(run(main()))
