# g.throw()/close() delegated through 'yield from' to an iterator object with throw/close.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 5: raise StopIteration(99)
        return self.n
    def throw(self, *a):
        print('It.throw', [type(x).__name__ for x in a])
        return 'thrown'
    def close(self):
        print('It.close')
def g():
    r = yield from It()
    print('r', r)
x = g(); print(next(x)); print(x.throw(ValueError('v'))); print(next(x))
x.close()
print('--')
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def h():
    try:
        yield from NoThrow()
    except KeyError as e:
        print('caught', repr(e))
        yield 'after'
y = h(); next(y); print(y.throw(KeyError('k')))
class Raiser(It):
    def throw(self, *a):
        raise StopIteration('done')
def k():
    r = yield from Raiser()
    print('k got', r)
    yield 'end'
z = k(); next(z); print(z.throw(ValueError))
class CloseErr(It):
    def close(self):
        raise RuntimeError('close failed')
def m():
    yield from CloseErr()
w = m(); next(w)
try: w.close()
except RuntimeError as e: print('RE', e)
