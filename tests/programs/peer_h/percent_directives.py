# printf-style formatting: directive parsing, argument consumption and error wording.

def attempt(template, args):
    try:
        return repr(template % args)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


class Idx:
    def __index__(self):
        return 66


class Seq:
    def __getitem__(self, key):
        return f'<{key}>'


cases = [
    ('%c', Idx()), ('%c|%c', (Idx(), 'z')), ('%c', 'ab'), ('%c', 2.0), ('%c', -5),
    ('%*d|', (True, 7)), ('%-*d|', (False, 7)), ('%.*f', (True, 2.75)),
    ('%*d', (2**70, 1)), ('%.*f', (2**31, 1.0)), ('%.*f', (-(2**31) - 1, 1.0)), ('%*s', (1.5, 'x')),
    ('%(a)*s', {'a': 3}), ('%(a).*f', {'a': 1}), ('%(a).*f', {'a': 'x'}),
    ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)s', {'a': 1, 'b': 2}),
    ('%5%', ()), ('%5%', 1), ('%*%', (4,)), ('%(a)%', {'a': 1}), ('%-3%|', 'v'), ('%%', ()),
    ('%(k)', {}), ('%(k)', {'k': 1}), ('%(k)-', {'k': 1}),
    ('%ld %hi %Lf', (1, 2, 3.0)), ('%ll', 1), ('%hhd', 1), ('%lL', 1),
    ('%\u00e9', 1), ('%\u2603', 1), ('x\u00e9%q', 1), ('%\x1f', 1), ('%\x1e', 1), ('%\x7f', 1), ('% ~', 1),
    ('%99999999999999999999d', 1), ('%.99999999999999999999d', 1), ('%.3000000000s', 'x'),
    ('%.2147483645d', 1), ('%.2147483647x', -1), ('%.*o', (2147483647, 1)),
    ('%.2147483647d', 'x'), ('%.2147483647d', 10**5000),
    ('%(k)s %(j)s', Seq()), ('%(k)s', Seq()), ('abc', Seq()), ('abc', range(3)), ('abc', memoryview(b'')),
    ('abc', [1]), ('abc', (1,)), ('abc', 'x'), ('abc', {}), ('%', ()), ('%.', 1), ('%*', (1,)),
    ('%(a', {'a': 1}), ('%s', (1, 2)), ('%s %s', 'one'),
]
for template, args in cases:
    print(repr(template), attempt(template, args))
