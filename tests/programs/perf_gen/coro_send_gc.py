# Coroutines and generators driven by send()/next() from Python: the collector may run while
# they run (a recursion of awaits that never suspends allocates a coroutine per call).
import gc


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(fibonacci(18)))


class Box:
    def __init__(self, v):
        self.v = v


async def boxes(n):
    if n == 0:
        return [Box(i) for i in range(3)]
    a = await boxes(n - 1)
    b = await boxes(n - 1)
    return [Box(x.v + y.v) for x, y in zip(a, b)]


print([b.v for b in run(boxes(12))])


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def steps(n):
    total = 0
    for i in range(n):
        total += await Suspend()
        junk = [Box(j) for j in range(50)]
        total += len(junk)
    return total


c = steps(200)
print(c.send(None))
k = 0
try:
    while True:
        k += 1
        r = c.send(k)
        assert r == "suspended"
except StopIteration as e:
    print(k, e.value)


def gen(n):
    for i in range(n):
        yield [Box(i)] * 3


g = gen(3000)
print(sum(len(next(g)) for _ in range(2000)), next(g)[0].v)
it = gen(10)
print([next(it)[0].v for _ in range(10)], next(it, "end"))
gc.collect()
print(sum(x for x in range(10**6)))
print(sum(len(str(i)) for i in range(10**5)))
