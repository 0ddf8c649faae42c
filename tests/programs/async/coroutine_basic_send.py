# Calling an async def returns a coroutine; driving it with send(None) gives StopIteration.value.
async def f(x):
    return x * 2

c = f(21)
print(type(c).__name__)
print(repr(c).startswith("<coroutine object f at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print("value", e.value, e.args)
print(f.__name__, type(f).__name__)
