# A coroutine awaited by someone else cannot be awaited again meanwhile.
class Suspend:
    def __await__(self):
        yield "s"

async def slow():
    await Suspend()
    return 3

shared = slow()

async def a():
    return await shared

async def b():
    try:
        return await shared
    except RuntimeError as e:
        return str(e)

ca = a()
print(ca.send(None))
try:
    b().send(None)
except StopIteration as e:
    print(e.value)
try:
    ca.send(None)
except StopIteration as e:
    print(e.value)
