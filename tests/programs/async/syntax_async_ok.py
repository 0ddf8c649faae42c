# Async constructs that are valid where they appear (nothing runs them).
async def f(x, y, a, c):
    return [[await z for z in x] for x in y]

def g(y):
    return (x async for x in y)

def h(y):
    return ((await x) for x in y)

async def k():
    yield 1
    return

async def m(a, c):
    async with a as b, c:
        async for i in b:
            await i

print(type(k()).__name__)
print("ok")
