# copy.copy/deepcopy through __copy__/__deepcopy__, the reduce protocol, state, slots, copyreg.
import copy
import copyreg
import collections
import datetime
import decimal
import fractions


class Plain:
    def __init__(self):
        self.items = [1, [2, 3]]


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


class SlotsDict(Slots):
    def __init__(self):
        super().__init__()
        self.b = 'b'
        self.c = {'c': [1]}


class State:
    def __init__(self):
        self.data = [1, 2]
        self.log = []

    def __getstate__(self):
        self.log.append('get')
        return {'data': self.data}

    def __setstate__(self, st):
        self.data = st['data']
        self.log = ['set']


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Hooks(('shallow', self.v))

    def __deepcopy__(self, memo):
        return Hooks(('deep', copy.deepcopy(self.v, memo)))


class Red:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Red, (self.v + ['reduced'],))


class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx2, (proto,))


class RedEx2:
    def __init__(self, proto):
        self.proto = proto


class NewArgs(int):
    def __new__(cls, v, tag):
        self = int.__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class MyList(list):
    pass


class MyDict(dict):
    pass


p = Plain()
s, d = copy.copy(p), copy.deepcopy(p)
print(s.items is p.items, d.items is p.items, d.items == p.items, d.items[1] is p.items[1])

o = Slots()
c, dc = copy.copy(o), copy.deepcopy(o)
print(c.a is o.a, dc.a is o.a, dc.a, hasattr(dc, 'b'))
o = SlotsDict()
dc = copy.deepcopy(o)
print(dc.a, dc.b, dc.c, dc.c is o.c)

st = State()
c = copy.copy(st)
dc = copy.deepcopy(st)
print(c.data is st.data, dc.data is st.data, c.log, dc.log, st.log)

h = Hooks([1])
print(copy.copy(h).v, copy.deepcopy(h).v)
r = Red([0])
print(copy.copy(r).v, copy.deepcopy(r).v)
print(copy.copy(RedEx()).proto, copy.deepcopy(RedEx()).proto)
n = NewArgs(5, 'five')
print(copy.copy(n), copy.copy(n).tag, copy.deepcopy(n).tag, type(copy.deepcopy(n)).__name__)
ml = MyList([1, [2]])
ml.attr = 'x'
cm = copy.deepcopy(ml)
print(type(cm).__name__, cm, cm.attr, cm[1] is ml[1])
md = MyDict(k=[1])
md.attr = 'y'
cd = copy.copy(md)
print(type(cd).__name__, cd, cd.attr, cd['k'] is md['k'])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


copyreg.pickle(Point, lambda pt: (Point, (pt.y, pt.x)))
pt = copy.copy(Point(1, 2))
print(pt.x, pt.y)
del copyreg.dispatch_table[Point]

# recursion and sharing
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
shared = [0]
t = (shared, shared)
u = copy.deepcopy(t)
print(u[0] is u[1], u[0] is not shared)
t2 = (1, 'x', (2,))
print(copy.deepcopy(t2) is t2, copy.copy(t2) is t2)
pp = Plain()
pp.me = pp
q = copy.deepcopy(pp)
print(q.me is q)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)

# stdlib values
vals = [collections.OrderedDict(a=[1]), collections.deque([[1]], 3), collections.Counter('aab'),
        collections.defaultdict(list, k=[1]), datetime.datetime(2020, 1, 2, 3, 4, 5),
        decimal.Decimal('1.10'), fractions.Fraction(2, 3), {1, 2}, frozenset([3]),
        bytearray(b'ab'), range(3), slice(1, 2), 3 + 1j]
for v in vals:
    c, dc = copy.copy(v), copy.deepcopy(v)
    print(type(dc).__name__, c == v, dc == v)
dq = copy.deepcopy(collections.deque([[1]], 3))
print(dq.maxlen)
dd = copy.deepcopy(collections.defaultdict(list, k=[1]))
dd['z'].append(1)
print(dict(dd))
print(copy.copy(len) is len, copy.deepcopy(Plain) is Plain, copy.deepcopy(print) is print)


class Unc:
    def __reduce_ex__(self, proto):
        raise TypeError('nope')


for f in (copy.copy, copy.deepcopy):
    try:
        f(Unc())
    except TypeError as e:
        print('TypeError', e)
try:
    copy.deepcopy((x for x in []))
except TypeError as e:
    print('TypeError', e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
