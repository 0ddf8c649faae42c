# Exceptions inside generators while the collector runs often: tracebacks, contexts, close
# on collection, and generators abandoned mid-iteration.
import gc


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
        if i % 1000 == 999:
            try:
                raise ValueError(i)
            except ValueError as e:
                yield ("caught", e.args[0], head.v)
    yield ("end", head.v, head.nxt.v)


print(list(chain(5000))[-3:])

closed = []


def tracked(name):
    try:
        for i in range(100):
            yield [name, i]
    finally:
        closed.append(name)


for k in range(50):
    g = tracked(k)
    for item in g:
        if item[1] == 3:
            break
    del g
gc.collect()
print(len(closed), sorted(closed)[:5])


def raiser(depth):
    if depth == 0:
        yield 1
        raise RuntimeError("deep")
    yield from raiser(depth - 1)


for depth in (0, 5, 50):
    got = []
    try:
        for x in raiser(depth):
            got.append([x] * 10)
    except RuntimeError as e:
        print(depth, len(got), e, e.__traceback__ is not None)


def context_chain():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        yield 2
        raise KeyError("k")


try:
    print(tuple(context_chain()))
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)


class Res:
    live = 0

    def __init__(self):
        Res.live += 1

    def __del__(self):
        Res.live -= 1


def holds():
    r = Res()
    for i in range(10):
        yield i
    del r


for _ in range(200):
    gg = holds()
    next(gg)
    del gg
gc.collect()
print("live", Res.live)
n = sum(1 for _ in holds())
gc.collect()
print(n, Res.live)

throws = 0


def thrower():
    global throws
    while True:
        try:
            yield [0] * 50
        except TypeError:
            throws += 1


t = thrower()
next(t)
for i in range(3000):
    t.throw(TypeError)
t.close()
print("throws", throws, t.gi_frame)
