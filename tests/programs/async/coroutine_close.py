# close() raises GeneratorExit inside the coroutine at its await point.
class Suspend:
    def __await__(self):
        yield "s"

async def f():
    try:
        await Suspend()
    finally:
        print("cleanup")

c = f()
c.send(None)
print(c.close())
print(c.close())

async def stubborn():
    n = 0
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            n += 1
            print("ignoring exit", n)
            if n > 1:
                return

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())

async def never():
    print("never runs")
c = never()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
