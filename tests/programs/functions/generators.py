def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "exhausted"))
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count_up(5)), sum(count_up(100)))
def with_return():
    yield 1
    return 42
it = with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))
def inner():
    r = yield "i1"
    yield f"i2 got {r}"
    return "inner-result"
def outer():
    res = yield from inner()
    yield f"outer saw {res}"
    yield from range(3)
o = outer()
print(next(o), o.send("hello"), next(o), list(o))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 4:
        break
    print(v, end=" ")
print()
gexp = (x * x for x in range(4))
print(list(gexp), list(gexp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
