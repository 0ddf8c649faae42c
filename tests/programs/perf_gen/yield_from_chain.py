# Chains of `yield from` resumed from their innermost generator (gen_inloop.rs: gen_descend):
# results, returns, exceptions, sends, throws and the running state must be as CPython's.
import sys
import traceback


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(r):
    n = len(r)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(r[:i]), r[i], tree(r[i + 1:]))


t = tree(range(200))
print(sum(t), list(t)[:5], list(t)[-3:])
print([x for x in tree(range(10))])


# Return values travel up the chain, each level continuing after its `yield from`.
def depth(n):
    if n == 0:
        yield "leaf"
        return 0
    got = yield from depth(n - 1)
    yield f"up {n} got {got}"
    return got + n


def top():
    r = yield from depth(4)
    yield f"top got {r}"


print(list(top()))


# send() reaches the innermost generator.
def echo(n):
    if n == 0:
        total = 0
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    r = yield from echo(n - 1)
    return r * 10


def driver():
    r = yield from echo(3)
    yield ("result", r)


g = driver()
print(next(g), g.send(1), g.send(2), g.send(3), g.send(None))


# An exception raised by the innermost generator goes through each level's handlers.
def raiser(n):
    if n == 0:
        yield 1
        raise KeyError("deep")
    try:
        yield from raiser(n - 1)
    except KeyError as e:
        if n == 2:
            yield f"caught at {n}: {e}"
            raise ValueError("from 2") from e
        raise
    finally:
        print("finally", n)


try:
    for v in raiser(4):
        print("got", v)
except ValueError as e:
    print("outer", type(e).__name__, e, repr(e.__cause__))
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print(names)


def tb_chain(n):
    if n == 0:
        yield 0
        1 / 0
    yield from tb_chain(n - 1)


try:
    for v in tb_chain(3):
        pass
except ZeroDivisionError as e:
    print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])


# StopIteration leaving the innermost generator is a RuntimeError in it (PEP 479), which
# its delegating generators see.
def stopper(n):
    if n == 0:
        yield 1
        raise StopIteration("x")
    try:
        yield from stopper(n - 1)
    except RuntimeError as e:
        yield f"level {n}: {e}"


print(list(stopper(3)))


# While the innermost runs, the generators delegating to it are running.
def watch(n, outer):
    if n == 0:
        yield [o.gi_running for o in outer]
        try:
            next(outer[0])
        except ValueError as e:
            yield str(e)
        yield [o.gi_running for o in outer]
        return
    child = watch(n - 1, outer)
    outer.append(child)
    yield from child


outer = []
w = watch(3, outer)
outer.append(w)
print(next(w))
print(next(w), w.gi_running)
print(next(w))
print(list(w))


# throw() and close() on a chain suspended in its innermost generator.
def closing(n, log):
    try:
        if n == 0:
            while True:
                try:
                    yield "x"
                except TypeError as e:
                    log.append(f"leaf handled {e}")
        else:
            yield from closing(n - 1, log)
    finally:
        log.append(f"closed {n}")


log = []
c = closing(3, log)
print(next(c), next(c), c.throw(TypeError("t")), next(c))
c.close()
print(log)


# The exception a delegating generator handles is what its delegate sees.
def inner_exc():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def in_handler():
    try:
        raise KeyError
    except KeyError:
        yield from inner_exc()
        yield sys.exc_info()[0]


def wrap():
    yield from in_handler()


print(list(wrap()))
try:
    raise IndexError
except IndexError:
    print(list(wrap()))
    print([x for x in Tree(None, 1, Tree(None, 2, None))], sys.exc_info()[0])


# Delegating to a non-generator iterator in the middle of a chain.
def mixed(n):
    if n == 0:
        yield from [1, 2]
        yield from iter((3,))
        return
    yield from mixed(n - 1)
    yield -n


print(list(mixed(3)))


# A chain deeper than the recursion limit still raises RecursionError.
def deep(n):
    if n == 0:
        yield 0
        yield 1
        return
    yield from deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
d = deep(150)
print(next(d))
print(next(d))
try:
    d = deep(400)
    print(next(d))
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(old)


# A generator of a chain also stepped on its own.
def sub():
    yield "a"
    yield "b"
    yield "c"
    return "done"


def parent(s):
    r = yield from s
    yield r


s = sub()
p = parent(s)
print(next(p), next(s), next(p), list(p))
