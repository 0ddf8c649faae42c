# ag_running / ag_await, and __anext__ while another step is in flight.
class Suspend:
    def __await__(self):
        yield "tick"

async def agen():
    print("inside running:", g.ag_running)
    await Suspend()
    yield 1

g = agen()
print(g.ag_running, g.ag_await)
a1 = g.__anext__()
print(a1.send(None))
print(g.ag_running, type(g.ag_await).__name__)
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a1.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.__name__, g.__qualname__)
