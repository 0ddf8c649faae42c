# pickle.dumps of builtin values: the bytes must equal CPython's for every protocol.
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, -2**31,
    2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 7, -(2**39), -(2**100), 10**300,
    0.0, -0.0, 1.5, 1e100, float('inf'), -float('inf'), 1/3,
    '', 'a', 'héllo', 'a\x00\r\n\x1a\\\u1234\U00012345', 'x' * 300,
    b'', b'abc', bytes(range(256)), b'y' * 300,
    bytearray(), bytearray(b'xy'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2], list(range(5)),
    {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, {1: 'x', (1, 2): None},
    set(), {7}, frozenset(), frozenset([3]),
    3 + 4j, complex(0, -1.5),
    [[1, 2], (3, 4), {'k': 'v'}],
]

for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', p)
    for v in values:
        data = pickle.dumps(v, protocol=p)
        print(repr(v)[:40], data)
        back = pickle.loads(data)
        assert back == v and type(back) is type(v), (v, back)

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, 4), pickle.dumps('x', -1))
