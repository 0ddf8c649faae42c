# await in many expression positions.
class V:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v

async def val(x):
    return await V(x)

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def main():
    out = []
    out.append(await val(2) ** 3)
    out.append(-await val(5))
    out.append(await val(1) + await val(2) * await val(3))
    out.append(f"{await val('f')}-{await val(1) + 1}")
    out.append([await val(i) for i in range(3)])
    out.append(max(await val(3), await val(7)))
    d = {await val("k"): await val("v")}
    out.append(d)
    if await val(True):
        out.append("if")
    while await val(False):
        pass
    x = await val(10) if await val(0) else await val(20)
    out.append(x)
    out.append((await val([1, 2, 3]))[1])
    out.append(await val(None) is None)
    out.append(not await val(0))
    y = z = await val("chain")
    out.append(y + z)
    t = 1
    t += await val(41)
    out.append(t)
    a, b = await val((1, 2))
    out.append(a + b)
    return out

print(run(main()))
