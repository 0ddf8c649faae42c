def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted after error"))
def safe_gen(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(safe_gen([1, 2, 0, 5])))
def gen_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("gen cleanup")
for v in gen_finally():
    print(v)
def stop_early():
    yield 1
    return
    yield 2
print(list(stop_early()))
def raises_stop():
    yield 1
    raise StopIteration
try:
    print(list(raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    while True:
        try:
            yield
        except KeyError as e:
            print("generator handled", repr(e))
t = thrower()
next(t)
t.throw(KeyError("k1"))
t.throw(KeyError("k2"))
try:
    t.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", e)
