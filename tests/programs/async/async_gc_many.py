# Many live coroutines and async generators at once (exercises the collector).
class Y:
    def __await__(self):
        yield None

async def worker(i):
    data = [i] * 10
    for _ in range(3):
        await Y()
        data = data + [str(i)]
    return sum(x for x in data if isinstance(x, int))

async def agen(i):
    for j in range(3):
        await Y()
        yield (i, j, [j] * 5)

async def consume(i):
    total = 0
    async for a, b, c in agen(i):
        total += a + b + len(c)
    return total

tasks = [worker(i) for i in range(300)] + [consume(i) for i in range(300)]
results = [None] * len(tasks)
pending = list(range(len(tasks)))
while pending:
    nxt = []
    for k in pending:
        try:
            tasks[k].send(None)
            nxt.append(k)
        except StopIteration as e:
            results[k] = e.value
    pending = nxt
print(sum(results[:300]), sum(results[300:]))
print(results[:5], results[300:305])
