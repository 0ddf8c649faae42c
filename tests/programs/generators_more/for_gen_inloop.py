# FOR_ITER over generators: yields, returns, exceptions, handled exceptions, re-entry.
import sys

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

total = 0
for x in count(1000):
    total += x
print(total)

for x in count(3):
    print("item", x)
else:
    print("else ran")

def fails(n):
    for i in range(n):
        yield i
    raise ValueError("boom at %d" % n)

try:
    for x in fails(2):
        print("got", x)
except ValueError as e:
    print("caught", e)

def stops():
    yield 1
    raise StopIteration("inner")

try:
    for x in stops():
        print("s", x)
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", type(e.__cause__).__name__, e.__cause__)

# The handled exception seen inside a generator resumed by a loop in an except block.
def show_handled():
    yield sys.exc_info()[0]
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

try:
    raise IndexError("i")
except IndexError:
    for t in show_handled():
        print("handled:", t.__name__ if t else None, "outside:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())

# Suspended inside an except block: the generator keeps its own handled exception.
def keeps():
    try:
        raise TypeError("t")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

g = keeps()
for v in g:
    print("keeps", v, sys.exc_info()[0])

# Running state and re-entry.
def reenter():
    yield g2.gi_running
    try:
        for _ in g2:
            pass
    except ValueError as e:
        yield "ValueError: " + str(e)

g2 = reenter()
for v in g2:
    print("reenter", v)
print("running after:", g2.gi_running, "suspended:", g2.gi_suspended)

# Nested loops over generators, break with try/finally, close afterwards.
def with_finally(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)

go = with_finally("outer")
for a in go:
    gi = with_finally("inner%d" % a)
    for b in gi:
        if b == 1:
            break
    gi.close()
    if a == 1:
        break
go.close()
print("loops done")

# Exhausted generator iterated again.
g3 = count(2)
print(list(g3), [x for x in g3])
for x in g3:
    print("never")

# Generator expressions and comprehensions over generators.
print(sum(x * x for x in count(10)), [y for y in (x + 1 for x in count(4))])

# A generator that yields from within a loop over another generator.
def pairs(n):
    for i in count(n):
        for j in count(i):
            yield (i, j)
print(list(pairs(4)))

# Deep recursion of generators hits the recursion limit cleanly.
def deep(n):
    if n == 0:
        yield 0
        return
    for v in deep(n - 1):
        yield v + 1

print(list(deep(50)))
sys.setrecursionlimit(200)
try:
    for v in deep(400):
        pass
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(list(deep(100))[-1])
