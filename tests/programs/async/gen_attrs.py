# gi_running, gi_frame (None when finished), gi_yieldfrom, names.
def inner():
    yield 1

def g():
    print("running inside:", it.gi_running)
    yield from inner()
    yield 2

it = g()
print(it.gi_running, it.gi_yieldfrom)
next(it)
print(it.gi_running, type(it.gi_yieldfrom).__name__)
next(it)
print(it.gi_yieldfrom)
print(it.__name__, it.__qualname__)
list(it)
print(it.gi_frame is None)

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

class C:
    def gen(self):
        yield self
print(C().gen().__qualname__)
print(repr(g()).startswith("<generator object g at 0x"))
