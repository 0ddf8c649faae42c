# match treats collections.abc Sequence/Mapping classes (subclasses and registered ones),
# deque, array and memoryview as CPython does; str, bytes and bytearray never as sequences.
from collections.abc import Mapping, Sequence
from collections import deque, UserDict, UserList, ChainMap, OrderedDict, Counter, defaultdict
import array
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class S(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
class R:
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
Sequence.register(R)
class Plain:
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
def m(v):
    match v:
        case {'a': x, **rest}: return ('map', x, rest)
        case [a, *b]: return ('seq', a, b)
        case [] : return 'empty seq'
        case {}: return 'other map'
        case _: return 'no'
for v in [M({'a': 1, 'b': 2}), M({'z': 1}), S(), R(), Plain(), deque([1, 2]), deque(), UserDict(a=5), UserList([7, 8]),
          ChainMap({'a': 3}), OrderedDict(a=4), Counter(a=9), defaultdict(int, a=1), array.array('i', [1, 2]),
          memoryview(b'xy'), 'ab', b'ab', bytearray(b'ab'), {'b': 1}, {1, 2}, (), range(2)]:
    print(type(v).__name__, m(v))
def fixed(v):
    match v:
        case [x, y]: return x + y
    return None
print(fixed(S()), fixed(R()), fixed(deque([3, 4])), fixed(memoryview(b'\x01\x02')))
