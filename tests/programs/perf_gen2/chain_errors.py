# Exceptions in chains of `yield from`: raised at the leaf after some items, caught by
# a middle level, StopIteration turned into RuntimeError, and deep chains.
import sys


def leaf(k):
    for i in range(k):
        yield i
    raise ValueError("leaf %d" % k)


def mid(n, k):
    if n == 0:
        yield from leaf(k)
    elif n == 3:
        try:
            yield from mid(n - 1, k)
        except ValueError as e:
            yield ("caught at 3", str(e))
            yield from leaf(1)
    else:
        yield from mid(n - 1, k)


g = mid(6, 3)
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    out.append(("escaped", str(e)))
print(out)


def stopper(n):
    if n == 0:
        yield 1
        raise StopIteration("bad")
    yield from stopper(n - 1)


try:
    for v in stopper(5):
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# An exception being handled around the yield from: the delegate sees it.
def shows_context(n):
    if n == 0:
        yield sys.exc_info()[0].__name__ if sys.exc_info()[0] else None
        yield sys.exc_info()[0].__name__ if sys.exc_info()[0] else None
        return
    if n == 2:
        try:
            raise KeyError("ctx")
        except KeyError:
            yield from shows_context(n - 1)
    else:
        yield from shows_context(n - 1)


print(list(shows_context(4)))
for v in shows_context(3):
    print(v)


# A chain deeper than the recursion limit allows.
def deep(n):
    if n == 0:
        yield "bottom"
        yield "bottom2"
    else:
        yield from deep(n - 1)


sys.setrecursionlimit(200)
try:
    print(list(deep(150)))
except RecursionError:
    print("RecursionError at 150")
try:
    print(len(list(deep(400))))
except RecursionError:
    print("RecursionError at 400")
g = deep(120)
print(next(g))


def recurse_then(n, g):
    if n == 0:
        return next(g)
    return recurse_then(n - 1, g)


try:
    print(recurse_then(150, g))
except RecursionError:
    print("RecursionError resuming deep chain from deep stack")
sys.setrecursionlimit(1000)

# Generator finalization: chains dropped while suspended inside try/finally.
import gc


def fin(n, tag):
    try:
        if n == 0:
            yield tag
            yield tag
        else:
            yield from fin(n - 1, tag)
    finally:
        print("finally", tag, n)


g = fin(3, "a")
print(next(g), next(g))
del g
gc.collect()
g = fin(2, "b")
for v in g:
    print(v)
    break
g.close()
print("closed")
