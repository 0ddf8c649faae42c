from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("a") as v:
    print("body", v)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")
try:
    with reraise_other():
        1 / 0
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration passed through", e)
@tag("deco")
def fn(x):
    print("inside fn", x)
    return x * 2
print(fn(3))
print(fn(4))
