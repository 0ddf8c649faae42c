# throw() into a suspended coroutine propagates through await chains.
class Suspend:
    def __await__(self):
        x = yield "suspended"
        return x

async def inner():
    try:
        return await Suspend()
    except ValueError as e:
        print("inner caught", e)
        return "recovered"

async def outer():
    r = await inner()
    print("outer got", r)
    v = await Suspend()
    return v

c = outer()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send(7)
except StopIteration as e:
    print("finished", e.value)

c = outer()
c.send(None)
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
try:
    c.throw(TypeError)
except RuntimeError as e:
    print(e)

c = outer()
try:
    c.throw(ValueError("unstarted"))
except ValueError as e:
    print("unstarted:", e)
