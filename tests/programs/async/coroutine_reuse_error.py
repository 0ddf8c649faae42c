# Awaiting/sending into a finished coroutine raises RuntimeError.
async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def g():
    return 5

async def main():
    co = g()
    a = await co
    print("awaited", a)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
c2 = f()
try:
    c2.send(None)
except StopIteration:
    pass
try:
    c2.throw(ValueError("x"))
except RuntimeError as e:
    print("throw:", e)
print(c2.close())
