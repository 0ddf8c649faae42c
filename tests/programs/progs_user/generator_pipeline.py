"""Generator pipelines processing records lazily."""
import itertools

RAW = """\
# name, dept, salary, start
alice, eng, 120000, 2015
bob, eng, 95000, 2019
 carol , sales, 70000, 2012

dave, sales, not-a-number, 2020
erin, hr, 65000, 2018
frank, eng, 130000, 2010
grace, hr, 72000, 2016
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def strip_comments(lines):
    for n, line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield n, line


def parse(lines, errors):
    for n, line in lines:
        parts = [p.strip() for p in line.split(",")]
        try:
            name, dept, salary, start = parts
            yield {"name": name, "dept": dept, "salary": int(salary), "start": int(start)}
        except ValueError as e:
            errors.append((n, str(e)))


def where(records, pred):
    return (r for r in records if pred(r))


def take(n, it):
    return list(itertools.islice(it, n))


errors = []
pipeline = parse(strip_comments(read_lines(RAW)), errors)
eng = where(pipeline, lambda r: r["dept"] != "hr")
print(take(2, eng))
print(list(eng))
print(errors)


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


g = averager()
next(g)
for v in [10, 20, 60]:
    print("avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)


def delegator():
    result = yield from averager()
    print("delegated got", result)
    yield "done"


d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([x for x in itertools.takewhile(lambda x: x < 100, fib())])
print(sum(x for x in itertools.islice(fib(), 50) if x % 2 == 0))


def counter(limit):
    n = 0
    try:
        while n < limit:
            yield n
            n += 1
    finally:
        print("counter cleanup at", n)


c = counter(10)
print(next(c), next(c))
c.close()
c2 = counter(3)
try:
    next(c2)
    c2.throw(ValueError("injected"))
except ValueError as e:
    print("thrown:", e)
print(list(counter(2)))
gen = (i * i for i in range(5))
print(type(gen).__name__, 16 in gen, list(gen))


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
chunks = iter(lambda it=iter(range(10)): list(itertools.islice(it, 3)), [])
print(list(chunks))
