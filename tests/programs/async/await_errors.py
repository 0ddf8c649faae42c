# TypeErrors from await on non-awaitables.
async def aw(x):
    return await x

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
    except TypeError as e:
        return "TypeError: %s" % e

print(run(aw(1)))
print(run(aw("s")))
print(run(aw(None)))

class BadAwait:
    def __await__(self):
        return 42

class CoroAwait:
    def __await__(self):
        return aw(1)

class ListAwait:
    def __await__(self):
        return [1, 2]

print(run(aw(BadAwait())))
print(run(aw(ListAwait())))
c = CoroAwait()
print(run(aw(c)))

class IterAwait:
    def __await__(self):
        return iter([])

print(run(aw(IterAwait())))
