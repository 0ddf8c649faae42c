# try/except/finally around awaits; exceptions from awaited coroutines.
class V:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v

async def boom(msg):
    await V(None)
    raise ValueError(msg)

async def guarded():
    log = []
    try:
        await boom("one")
    except ValueError as e:
        log.append("caught " + str(e))
        log.append(await V("await in except"))
    finally:
        log.append(await V("await in finally"))
    try:
        try:
            await boom("two")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append("outer caught " + str(e))
    return log

async def ret_in_finally():
    try:
        return await V("from try")
    finally:
        print("finally runs before return")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(guarded()))
print(run(ret_in_finally()))
try:
    run(boom("escapes"))
except ValueError as e:
    print("escaped:", e)
