# aclose: GeneratorExit at the yield; ignoring it is a RuntimeError.
class Suspend:
    def __await__(self):
        yield "tick"

async def tidy():
    try:
        yield 1
        yield 2
    finally:
        print("tidy cleanup")
        await Suspend()
        print("tidy cleanup done")

async def rude():
    try:
        yield 1
    except GeneratorExit:
        print("rude ignores")
    yield 2
    print("rude ends")

def drive(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        out.append(("stop", e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out

g = tidy()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.aclose()))
print(drive(g.__anext__()))

r = rude()
print(drive(r.__anext__()))
print(drive(r.aclose()))
print(drive(r.aclose()))
print(drive(r.__anext__()))
print(drive(r.aclose()))

u = tidy()
print(drive(u.aclose()))
print(drive(u.__anext__()))
