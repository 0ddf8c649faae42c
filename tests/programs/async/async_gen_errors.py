# Exceptions in async generators; StopIteration/StopAsyncIteration raised inside become RuntimeError.
async def raises(exc):
    yield 1
    raise exc

def drain(g):
    out = []
    while True:
        try:
            g.__anext__().send(None)
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            out.append("end")
            return out
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
            return out

print(drain(raises(ValueError("bad"))))
print(drain(raises(StopIteration)))
print(drain(raises(StopAsyncIteration)))
g = raises(KeyError("k"))
print(drain(g))
print(drain(g))

async def ok():
    yield "only"
print(drain(ok()))
