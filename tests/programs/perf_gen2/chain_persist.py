# Chains of `yield from` resumed item by item, with the middle of a chain observed,
# resumed directly, thrown into and closed between items.
import inspect


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


def tree(seq):
    if not seq:
        return None
    i = len(seq) // 2
    return Tree(tree(seq[:i]), seq[i], tree(seq[i + 1:]))


t = tree(list(range(50)))
print(list(t) == list(range(50)))
print(sum(1 for _ in t), sum(t))
for _ in range(3):
    print([v for v in t][::7])


def chain(n, log):
    if n == 0:
        for i in range(4):
            got = yield i
            log.append(("leaf got", got))
        return "leaf done"
    r = yield from chain(n - 1, log)
    log.append((n, r))
    yield ("after", n)
    return n


# The gi_yieldfrom chain, gi_running and inspect's states of each level between items.
log = []
top = chain(4, log)
it = iter(top)
print(next(it), next(it))
levels = []
g = top
while g is not None:
    levels.append(g)
    g = g.gi_yieldfrom
print(len(levels), [inspect.getgeneratorstate(x) for x in levels])
print([x.gi_running for x in levels])
for v in top:
    print("item", v, [inspect.getgeneratorstate(x) for x in levels])
print(log)

# A middle generator resumed directly between items: the chain above it sees the change.
log = []
top = chain(5, log)
print(next(top), next(top))
mid = top.gi_yieldfrom.gi_yieldfrom
print(next(mid))
print(top.send("to leaf"))
print(mid.send("mid send"))
print(list(top))
print(log)

# The leaf resumed directly, then the top again.
log = []
top = chain(3, log)
print(next(top))
leaf = top
while leaf.gi_yieldfrom is not None:
    leaf = leaf.gi_yieldfrom
print(next(leaf), leaf.send("direct"))
print(list(top), log)

# Throw into the top between items: it reaches the leaf, which handles it.
def catching(n):
    if n == 0:
        while True:
            try:
                yield "leaf"
            except KeyError as e:
                yield ("caught", e.args)
    else:
        try:
            yield from catching(n - 1)
        finally:
            print("finally", n)


top = catching(6)
print(next(top), next(top))
print(top.throw(KeyError("k")))
print(next(top), next(top))
top.close()
print(inspect.getgeneratorstate(top))

# close() of a middle generator between items, then resuming the top.
top = catching(4)
print(next(top), next(top))
mid = top.gi_yieldfrom.gi_yieldfrom
mid.close()
try:
    next(top)
except StopIteration:
    print("top stopped")
print(inspect.getgeneratorstate(top))


# A generator re-entering its own chain while it runs.
def reenter(box):
    yield 1
    try:
        next(box[0])
    except ValueError as e:
        print("ValueError", e)
    yield 2


def outer(box):
    yield from middle(box)


def middle(box):
    yield from reenter(box)


box = []
top = outer(box)
box.append(top)
print(list(top))
box = []
top = outer(box)
print(next(top))
box.append(top.gi_yieldfrom)
print(next(top))

# Sending values down a chain as a protocol.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def wrap(n):
    if n == 0:
        return (yield from acc())
    return (yield from wrap(n - 1)) * 10


w = wrap(5)
print(next(w))
for k in range(1, 6):
    print(w.send(k))
try:
    w.send(None)
except StopIteration as e:
    print("returned", e.value)
