# generators, iterators
def gen():
    x = yield 1
    print('got', x)
    yield 2
g = gen(); print(next(g)); print(g.send('hi'))
def yf():
    r = yield from gen2()
    print('ret', r)
def gen2():
    yield 'a'
    return 'done'
print(list(yf()))
print(list(zip(range(3), 'abc')), list(enumerate('ab', 1)))
print(sorted([3,1,2], reverse=True), sorted(['b','A','c'], key=str.lower))
print(list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(None, [0, 1, 2])))
print(any([]), all([]), sum([1, 2], 10), min([3, 1], default=0), max('abc'), min([], default='x'))
print(list(reversed([1, 2, 3])), list(range(10, 0, -3)))
it = iter([1, 2]); print(next(it), next(it), next(it, 'stop'))
class Cnt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Cnt()))
g = (x * x for x in range(4)); print(sum(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(list(itertools.accumulate([1,2,3])), list(itertools.chain([1], [2])), list(itertools.product('ab', repeat=2)))
print(list(itertools.permutations([1,2,3], 2))[:3], list(itertools.combinations('abc', 2)))
print([list(g) for k, g in itertools.groupby('aabbbc')])
gen3 = (i for i in range(3)); print(list(gen3), list(gen3))
def g4():
    try:
        yield 1
    finally:
        print('cleanup')
x = g4(); next(x); x.close()
