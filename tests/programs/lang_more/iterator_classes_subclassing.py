class M(map):
    pass
m = M(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, isinstance(m, map), list(m))
class M2(map):
    def __new__(cls, f, *its, tag=None):
        self = super().__new__(cls, f, *its)
        self.tag = tag
        return self
    def __init__(self, f, *its, tag=None):
        self.inited = True
m2 = M2(str, [1, 2], tag='t')
print(m2.tag, m2.inited, next(m2), list(m2))
class E(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x
print(list(E('abc', 1)))
for i, x in E('xy'):
    print(i, x)
class Z(zip):
    pass
print(list(Z([1, 2], 'ab')))
class F(filter): pass
print(list(F(None, [0, 1, 2])))
class R(reversed):
    pass
print(list(R([1, 2, 3])))
try:
    class X(type(iter([]))): pass
except TypeError as e: print(e)
try:
    class X(type(iter(int, 1))): pass
except TypeError as e: print(e)
print(map.__name__, zip.__qualname__, enumerate.__module__, repr(filter))
print(repr(map(len, []))[:14], repr(iter([]))[:22], repr(zip())[:14])
print(enumerate[int])
try:
    object.__new__(M)
except TypeError as e: print(e)
try:
    map.__new__(int, len, [])
except TypeError as e: print(e)
try:
    map.__new__(5)
except TypeError as e: print(e)
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), it.__reduce__())
it.__setstate__(0); print(list(it))
r = reversed([1, 2, 3]); next(r); print(r.__length_hint__(), r.__reduce__()[1:])
print(iter(range(10)).__length_hint__(), iter('héllo').__length_hint__())
d = {1: 2, 3: 4}; di = iter(d); next(di); print(di.__length_hint__(), di.__reduce__()[1])
print(iter(d.items()).__reduce__()[1], iter({5}).__reduce__()[1])
print(map(len, ['a']).__reduce__()[0] is map, enumerate('ab', 3).__reduce__()[1][1])
print(zip([1], strict=True).__reduce__()[2])
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(reversed(range(5))))
import pickle, copy
print(list(copy.copy(iter([4, 5, 6]))))
print(list(pickle.loads(pickle.dumps(iter([7, 8])))))
print(list(pickle.loads(pickle.dumps(enumerate('ab', 5)))))
print(list(reversed(range(2**64, 2**64 + 3))))
print(list(reversed(range(-5, 10, 3))), list(reversed(range(10, -5, -4))), list(reversed(range(0))))
import sys
print(list(reversed(range(sys.maxsize - 3, sys.maxsize))))
print(list(reversed(range(-sys.maxsize - 1, -sys.maxsize + 2))))
print(list(enumerate('ab', start=2**63 - 1)))
print(list(enumerate('ab', start=-2**63 - 1)))
print(list(enumerate('ab', True)))
