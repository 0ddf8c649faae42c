# athrow raises inside the async generator at its yield.
async def gen():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("caught", e)
            yield "after ValueError"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return "value %r" % (e.value,)
    except Exception as e:
        return "%s %s" % (type(e).__name__, e)

g = gen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("v1"))))
print(step(g.__anext__()))
print(step(g.athrow(ValueError, "v2")))
print(step(g.athrow(KeyError("k"))))
print(step(g.__anext__()))
print(step(g.athrow(ValueError("closed"))))

h = gen()
print(step(h.athrow(TypeError("unstarted"))))
print(step(h.__anext__()))
aw = gen().athrow(ValueError("x"))
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
