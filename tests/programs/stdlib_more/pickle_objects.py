# Instances, classes and functions by reference, the reduce protocol, shared and recursive values.
import pickle
import copyreg


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and self.__dict__ == other.__dict__

    def method(self):
        return self.a


class Outer:
    class Inner:
        pass


class WithState:
    def __init__(self, x):
        self.x = x
        self.cache = 'junk'

    def __getstate__(self):
        return {'x': self.x}

    def __setstate__(self, state):
        self.x = state['x']
        self.cache = 'rebuilt'


class Slotted:
    __slots__ = ('p', 'q')

    def __init__(self, p):
        self.p = p


class SlotsAndDict(Slotted):
    def __init__(self):
        super().__init__(5)
        self.extra = 'e'


class NewArgs:
    def __new__(cls, n):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return (), {'k': self.k}


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (str, ('proto %d' % proto,))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


def func(x):
    return x + 1


for p in range(6):
    print('-- protocol', p)
    for v in [Plain, Outer.Inner, func, len, pickle.dumps, WithState, int, ValueError,
              type(None), Ellipsis, NotImplemented, type(Ellipsis)]:
        data = pickle.dumps(v, p)
        print(getattr(v, '__name__', v), data)
        assert pickle.loads(data) is v
    obj = Plain(1, [2, 'three'])
    data = pickle.dumps(obj, p)
    print(data)
    back = pickle.loads(data)
    print(back == obj, back.method())
    w = pickle.loads(pickle.dumps(WithState(7), p))
    print(pickle.dumps(WithState(7), p), w.x, w.cache)
    if p >= 2:
        s = pickle.loads(pickle.dumps(Slotted(3), p))
        print(pickle.dumps(Slotted(3), p), s.p, hasattr(s, 'q'))
        s = SlotsAndDict()
        s.q = 'q'
        t = pickle.loads(pickle.dumps(s, p))
        print(pickle.dumps(s, p), t.p, t.q, t.extra)
    n = pickle.loads(pickle.dumps(NewArgs(9), p))
    print(pickle.dumps(NewArgs(9), p), n.n)
    if p >= 2:
        n = pickle.loads(pickle.dumps(NewArgsEx(k=4), p))
        print(pickle.dumps(NewArgsEx(k=4), p), n.k)
    print(pickle.dumps(Reduced(5), p), pickle.loads(pickle.dumps(Reduced(5), p)).v)
    print(pickle.dumps(ReducedEx(), p), pickle.loads(pickle.dumps(ReducedEx(), p)))
    for v in [MyList([1, 2]), MyDict(a=1), MyInt(5), MyStr('s'), MyTuple((1, 2))]:
        v.tag = 'tagged'
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        print(type(back).__name__, back, back.tag, data)
    e = pickle.loads(pickle.dumps(ValueError('bad', 2), p))
    print(type(e).__name__, e.args, pickle.dumps(KeyError('k'), p))
    print(pickle.dumps(range(1, 10, 2), p), pickle.dumps(slice(1, None), p))

# shared references and cycles
shared = [1, 2]
data = pickle.dumps([shared, shared, (shared,)], 2)
print(data)
a = pickle.loads(data)
print(a[0] is a[1] is a[2][0])
cyc = []
cyc.append(cyc)
cyc.append({'me': cyc})
for p in range(6):
    data = pickle.dumps(cyc, p)
    print(data)
    c = pickle.loads(data)
    print(c[0] is c, c[1]['me'] is c)
d = {}
d['self'] = d
print(pickle.dumps(d, 4))
t = ([],)
t[0].append(t)
for p in (0, 1, 2, 4):
    data = pickle.dumps(t, p)
    print(data)
    u = pickle.loads(data)
    print(u[0][0] is u)
o = Plain(None, None)
o.a = o
o2 = pickle.loads(pickle.dumps(o, 2))
print(o2.a is o2)


# copyreg dispatch table and per-pickler dispatch_table
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(pt):
    return Point, (pt.x, pt.y)


copyreg.pickle(Point, reduce_point)
print(pickle.dumps(Point(1, 2), 2))
pt = pickle.loads(pickle.dumps(Point(1, 2)))
print(pt.x, pt.y)
del copyreg.dispatch_table[Point]
print(pickle.dumps(Point(1, 2), 2))
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print('TypeError', e)

import io


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: lambda pt: (Point, (0, 0))}


buf = io.BytesIO()
TablePickler(buf, 2).dump(Point(8, 9))
print(buf.getvalue())
