# generator.throw (both signatures) and close.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield "handled"
    finally:
        print("finally")

it = g()
print(next(it))
print(it.throw(ValueError("v")))
try:
    next(it)
except StopIteration:
    print("stopped")

it = g()
next(it)
print(it.throw(ValueError, "msg"))
print(it.throw(ValueError, ValueError("inst")) if False else "skip")
it.close()

it = g()
next(it)
try:
    it.throw(KeyError)
except KeyError as e:
    print("KeyError escaped", repr(e))
try:
    it.throw(ValueError("after end"))
except ValueError as e:
    print("after end:", e)

it = g()
try:
    it.throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted:", e)
print(list(it))

try:
    g().throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g().throw(ValueError("a"), "b")
except TypeError as e:
    print("TypeError:", e)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = closer()
next(c)
print(c.close())
print(c.close())

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
b2 = bad()
print(b2.close())

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
