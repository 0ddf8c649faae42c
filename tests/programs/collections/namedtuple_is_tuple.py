from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(isinstance(p, tuple), type(p).__name__, Point.__bases__, Point._fields)
print(p == (1, 2), (1, 2) == p, p < (1, 3), hash(p) == hash((1, 2)), p + (3,), p * 2)
x, y = p
print(x, y, p._asdict(), p._replace(y=5), Point._make([7, 8]), p.count(1), p.index(2))
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(0, 9)), {p: 'v'}[(1, 2)])
print(Point.__doc__, Point.x.__doc__, Point.__match_args__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, y=2, z=3)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3(5, c=9), P3._field_defaults)
R = namedtuple('R', 'a def a', rename=True)
print(R._fields)
class Sub(namedtuple('Base', 'u v')):
    def total(self):
        return self.u + self.v
s = Sub(2, 3)
print(s, s.total(), isinstance(s, tuple), s[1:])
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
print('%s-%s' % p, '{}|{}'.format(*p), dict([p]))
