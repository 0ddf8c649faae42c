import types
@types.coroutine
def sleep0():
    x = yield "tick"
    return x
async def work():
    a = await sleep0()
    b = await sleep0()
    return a + b
c = work()
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("done", e.value)
print(types.MethodType(lambda self, k: k * 2, object())(21))
class K:
    pass
k = K()
m = types.MethodType(lambda self: self is k, k)
print(m(), m.__self__ is k)
try:
    types.MethodType(1, k)
except TypeError as e:
    print(e)
