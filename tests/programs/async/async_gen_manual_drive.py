# Driving __anext__() awaitables by hand: yields inside pass out, values end with StopIteration.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

async def agen():
    x = await Suspend("first await")
    print("got", x)
    yield "value1"
    y = await Suspend("second await")
    print("got", y)
    yield "value2"

g = agen()
aw = g.__anext__()
print(type(aw).__name__)
print(aw.send(None))
try:
    aw.send("sent-in")
except StopIteration as e:
    print("anext value:", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
aw2 = g.__anext__()
print(next(aw2))
try:
    aw2.send("again")
except StopIteration as e:
    print("anext value:", e.value)
aw3 = g.__anext__()
try:
    aw3.send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
