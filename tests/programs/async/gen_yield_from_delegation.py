# yield from delegates send, throw and close to the inner generator and returns its value.
def inner():
    got = []
    try:
        while True:
            x = yield len(got)
            if x is None:
                break
            got.append(x)
    except KeyError as e:
        print("inner caught", repr(e))
        got.append("keyerror")
    finally:
        print("inner finally", got)
    return got

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer after"

o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
print(o.throw(KeyError("k")))

o = outer()
next(o)
o.send(1)
print(o.send(None))

o = outer()
next(o)
o.close()
print("closed")

o = outer()
next(o)
try:
    o.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", e)

class It:
    def __init__(self):
        self.n = 0
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done-value")
        return self.n
    def send(self, v):
        self.log.append(v)
        return self.__next__()
    def throw(self, t, v=None, tb=None):
        self.log.append("throw " + t.__name__)
        return 99
    def close(self):
        self.log.append("close")

def uses(it):
    r = yield from it
    return r

i = It()
u = uses(i)
print(next(u), u.send("s1"), u.throw(IndexError))
try:
    next(u)
    next(u)
except StopIteration as e:
    print("return", e.value)
print(i.log)
i2 = It()
u2 = uses(i2)
next(u2)
u2.close()
print(i2.log)

def plain_iter():
    r = yield from [1, 2]
    return r
print(list(plain_iter()))
