"""Generator pipelines and coroutines: send/throw/close, yield from with return values,
itertools recipes, a running-average coroutine, and lazy file-like processing."""
import itertools
import operator
from collections import deque
from functools import reduce, partial
import io


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError:
            print("  averager: reset")
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)


def primed(fn):
    def wrapper(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return wrapper


@primed
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()


@primed
def collector(out):
    try:
        while True:
            out.append((yield).strip())
    finally:
        out.append("<closed>")


def chunked(it, n):
    it = iter(it)
    while batch := list(itertools.islice(it, n)):
        yield batch


def sliding(it, n):
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)


def roundrobin(*its):
    nexts = itertools.cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = itertools.cycle(itertools.islice(nexts, pending))


def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
a.throw(ValueError)
print(a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)

results = []
d = delegator(results)
next(d)
for v in (1, 2, 3, None, 4, None):
    d.send(v)
print(results)

out = []
sink = collector(out)
g = grep("error", sink)
for line in io.StringIO("ok 1\nerror: disk\nok 2\nerror: net\n"):
    g.send(line)
g.close()
print(out)

print(list(chunked(range(10), 4)), list(sliding("abcde", 3)))
print(list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen(["a", "B", "b", "A"], key=str.lower)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.pairwise("abcd")), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.product("ab", [0, 1])))
print(list(itertools.combinations_with_replacement("abc", 2)), len(list(itertools.permutations(range(5), 3))))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.islice(itertools.count(10, 2.5), 4)), list(itertools.repeat("x", 3)), list(zip(*itertools.tee("ab", 2))))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), list(map(partial(int, base=2), ["101", "11"])))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), list(enumerate("ab", start=1)))
gen = (x for x in range(3))
print(next(gen), list(gen), next(gen, "done"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


evens = (f for f in fib() if f % 2 == 0)
print(list(itertools.islice(evens, 8)))
g = fib()
print(g.__name__, next(g), next(g), g.gi_running)
g.close()
print(list(g))


def stubborn():
    try:
        yield 1
    finally:
        print("  cleanup ran")


s = stubborn()
next(s)
s.close()
t = stubborn()
print(next(t), t.throw(KeyError("x")) if False else "skip")
t.close()
