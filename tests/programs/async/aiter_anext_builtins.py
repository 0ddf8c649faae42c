# aiter() and anext() builtins, with and without a default.
async def agen():
    yield "a"
    yield "b"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    it = aiter(agen())
    out = [await anext(it), await anext(it)]
    out.append(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("stopped")
    out.append(await anext(it, None))
    return out

print(run(main()))

class Manual:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

async def manual():
    m = Manual()
    return [await anext(m, -1) for _ in range(4)]

print(run(manual()))
for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)
class BadAiter:
    def __aiter__(self):
        return 1
try:
    aiter(BadAiter())
except TypeError as e:
    print(e)
print(type(anext(agen())).__name__, type(anext(agen(), 0)).__name__)
