# throw()/close() into a coroutine that awaits an async generator step reach the generator.
class Suspend:
    def __await__(self):
        yield "suspended"

async def agen():
    while True:
        try:
            await Suspend()
        except ValueError as e:
            print("agen caught", e)
            yield "recovered"

async def consumer(g):
    v = await g.__anext__()
    print("consumer got", v)
    w = await anext(g, "default")
    return w

g = agen()
c = consumer(g)
print(c.send(None))
print(c.throw(ValueError("injected")))
c.close()
print("closed consumer")
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

g2 = agen()
c2 = consumer(g2)
c2.send(None)
try:
    c2.throw(KeyError("escapes"))
except KeyError as e:
    print("KeyError", e)
try:
    g2.__anext__().send(None)
except StopAsyncIteration:
    print("generator finished after error")
