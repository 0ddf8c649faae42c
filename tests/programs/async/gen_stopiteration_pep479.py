# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def g():
    yield 1
    raise StopIteration("inner")

it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def h():
    yield 1
    next(iter([]))

try:
    list(h())
except RuntimeError as e:
    print("RuntimeError:", e)

async def co():
    raise StopIteration

try:
    co().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

def ok():
    yield 1
    return 5
try:
    x = ok()
    next(x)
    next(x)
except StopIteration as e:
    print("StopIteration value", e.value)
