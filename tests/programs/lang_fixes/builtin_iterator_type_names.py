# The type names of the builtin iterators, as CPython 3.11 spells them.
from array import array
for o in [[], 'a', 'é', {}, {}.values(), {}.items(), range(3), set(), (), b'', bytearray(),
          frozenset(), reversed([]), reversed(range(2)), iter(range(2**70)), zip(), map(len, ''),
          enumerate(''), array('i'), array('d', [1.0]), reversed({}), reversed({}.items()),
          memoryview(b'ab')]:
    print(type(iter(o)).__name__)
it = iter(array('b', [1, 2, 3]))
print(next(it), list(it))
print(type(iter(lambda: 1, 1)).__name__)
