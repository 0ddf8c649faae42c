from collections import namedtuple, deque, defaultdict, Counter, OrderedDict

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), list(p), p == (1, 2))
print(p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, hash(p) == hash((1, 2)))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])
print(P3(1, 2), P3(1, 2, 3))

d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1])
d.rotate(1)
print(d, d.pop(), d.popleft(), d)
print(deque(), deque('abc'))

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['a'], 'c' in dd, len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.total())
c.update('aaz')
print(c.most_common(3), sorted(c.elements())[:6])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter([1, 2, 2, 3, 3, 3]) == {1: 1, 2: 2, 3: 3})

od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
od.move_to_end('x')
print(od, list(od), od.popitem(last=False), od)
