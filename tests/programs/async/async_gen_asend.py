# asend(value) delivers value as the result of the async generator's yield.
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            print("received", v)
    finally:
        print("final", received)

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = echo()
print(step(g.asend(None)))
print(step(g.asend("a")))
print(step(g.asend("b")))
try:
    g.asend(1).send(None)
except StopIteration as e:
    print("value", e.value)
print(step(g.aclose()))
print(step(g.asend("late")))

h = echo()
try:
    h.asend("early").send(None)
except TypeError as e:
    print("TypeError:", e)
