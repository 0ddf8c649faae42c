# yield from chains resumed in the loop: values, send, throw, close, return values.
def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got

def mid(n):
    r = yield from leaf(n)
    yield ("leaf returned", r)
    return len(r)

def top(n):
    r = yield from mid(n)
    return ("mid returned", r)

print(list(top(3)))

g = top(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    g.send("d")
except StopIteration as e:
    print("StopIteration", e.value)

def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "caught " + str(e)

def deleg():
    yield from catcher()

g = deleg()
print(next(g))
print(g.throw(KeyError("x")))
print(next(g))
print(g.gi_yieldfrom.__name__ if g.gi_yieldfrom else None)
g.close()
print("closed", g.gi_frame)

def raiser():
    yield 1
    raise ValueError("deep")

def d1():
    yield from raiser()

def d2():
    try:
        yield from d1()
    except ValueError as e:
        yield "d2 caught " + str(e)

print(list(d2()))

def stopper():
    yield 1
    raise StopIteration

def d3():
    yield from stopper()

try:
    list(d3())
except RuntimeError as e:
    print("RuntimeError", e)

# Recursive tree walk (the pyperformance "generators" shape).
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
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

t = tree(range(1000))
print(sum(1 for _ in t), list(tree(range(10))))
for v in t:
    if v == 500:
        print("found", v)
        break

# yield from a generator that is already running.
def self_ref():
    yield from gs
gs = self_ref()
try:
    next(gs)
except ValueError as e:
    print("ValueError", e)

# yield from an exhausted generator and a non-generator iterator.
def ex():
    yield 1
e1 = ex()
list(e1)
def y2():
    r = yield from e1
    yield ("after exhausted", r)
    yield from iter([7, 8])
print(list(y2()))

# close() while suspended in a delegation runs the delegate's finally.
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("delegate finally")
def outer_fin():
    try:
        yield from fin()
    finally:
        print("outer finally")
g = outer_fin()
for v in g:
    print("v", v)
    break
g.close()
print("done")
