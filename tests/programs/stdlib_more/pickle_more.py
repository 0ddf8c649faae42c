# More pickles compared byte for byte: shared attribute names, partial, namedtuple, subclasses.
import pickle, io, collections
class A:
    def __init__(self): self.x = 1
# lists of instances share attribute-name strings
objs = [A() for _ in range(3)]
for p in range(6):
    print(pickle.dumps(objs, p))
# functools.partial, enum flags, bool subclass
import functools
try:
    print(pickle.dumps(functools.partial(max, 1), 2))
except Exception as e: print(type(e).__name__, e)
print(pickle.dumps(collections.Counter(a=1), 2))
P = collections.namedtuple('P', 'x y')
print(pickle.dumps(P(1, 2), 0), pickle.dumps(P(1,2), 4))
print(pickle.dumps([1.5, -0.0, 1e-300], 0))
print(pickle.dumps({'a': (1, 2), 'b': frozenset()}, 3))
print(pickle.dumps(b'\x00' * 3, 2))
print(pickle.dumps(bytearray(b'abc'), 5), pickle.dumps(bytearray(), 3))
class S(str): pass
print(pickle.dumps(S('x'), 2))
print(pickle.dumps(True, 1), pickle.dumps([None, ...], 2))
print(pickle.dumps(max, 0), pickle.dumps(dict.fromkeys, 2))
