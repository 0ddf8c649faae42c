# await chains resumed in the loop, driven by send/throw from Python.
import types

class Fut:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        v = yield self.tag
        if v == "raise":
            raise OSError("io " + self.tag)
        return v

async def leaf(tag):
    return await Fut(tag)

async def mid(tag):
    a = await leaf(tag + ".1")
    b = await leaf(tag + ".2")
    return (a, b)

async def top():
    res = []
    for i in range(3):
        res.append(await mid("m%d" % i))
    try:
        await leaf("bad")
    except OSError as e:
        res.append("caught " + str(e))
    return res

c = top()
print(c.send(None))
i = 0
try:
    while True:
        i += 1
        print(c.send("raise" if i == 7 else i))
except StopIteration as e:
    print("result", e.value)

async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)

c = fib(15)
try:
    c.send(None)
except StopIteration as e:
    print("fib", e.value)

async def never_done():
    await Fut("x")
    await Fut("y")

c = never_done()
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)
print(c.cr_frame)

async def reawait(co):
    return await co

co = leaf("once")
r = reawait(co)
print(r.send(None))
try:
    r.send(5)
except StopIteration as e:
    print("first", e.value)
try:
    reawait(co).send(None)
except RuntimeError as e:
    print("RuntimeError", e)

@types.coroutine
def gen_coro():
    x = yield "from gen-based"
    return x * 2

async def uses_gen():
    return await gen_coro()

c = uses_gen()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("gen-based", e.value)

async def raises_stop():
    raise StopIteration("s")

async def awaits_stop():
    await raises_stop()

try:
    awaits_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
