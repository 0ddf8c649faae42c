import functools
import itertools
import operator
from bisect import bisect_left, bisect_right, insort
import heapq

print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
add5 = functools.partial(operator.add, 5)
print(add5(10), list(map(add5, [1, 2])))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
def named(x):
    return x


print(named.__name__, named(3))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.repeat('x', 3)))
print(list(itertools.chain([1, 2], 'ab', (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul)))
print([(k, list(g)) for k, g in itertools.groupby('aaabbcdd')])
print(list(itertools.product('ab', range(2))), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations('abcd', 2)))
print(list(itertools.combinations_with_replacement('ab', 2)), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.pairwise('abcd')), list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
a = [1, 3, 5, 7]
print(bisect_left(a, 5), bisect_right(a, 5), bisect_left(a, 4))
insort(a, 4)
print(a)
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(5)], heapq.nlargest(2, [4, 9, 1, 7]), heapq.nsmallest(2, [4, 9, 1, 7]))
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data[0])
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)))
