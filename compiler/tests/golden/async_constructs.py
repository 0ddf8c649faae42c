async def f(a):
    async with a as b:
        async for x in b:
            await x


async def g(it):
    yield [x async for x in it]
