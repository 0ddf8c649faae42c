# A deep chain of awaiting coroutines; values sent in travel to the innermost await.
class Need:
    def __await__(self):
        v = yield "need"
        return v

async def level(n):
    if n == 0:
        return await Need()
    return 1 + await level(n - 1)

c = level(200)
print(c.send(None))
try:
    c.send(1000)
except StopIteration as e:
    print(e.value)

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

try:
    fib(15).send(None)
except StopIteration as e:
    print("fib", e.value)
