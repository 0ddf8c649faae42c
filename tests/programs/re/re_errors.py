import re

pats = [
    'a{2,1}', '(?<=a+)b', '(?<!a|bc)', 'a**', 'a*?*', '*a', '+', '?', '(?:)*x', 'x|*',
    '(abc', 'abc)', '(?:a', '[abc', '[', '[^', '[a-', r'\q', r'[\q]', '[z-a]', r'[\d-z]',
    r'[a-\d]', '(?P<1>a)', '(?P<a-b>x)', '(?P=x)', '(?P<a>x)(?P=b)', r'(a)\2', r'\1',
    '(?x', '(?i)a(?m)b', 'a(?i)b', '(?<a>b)', '(?P<a>x)(?P<a>y)', r'\x1', r'\xg',
    r'\u12', r'\U0011ffff', '(?(2)a|b)', '(?(a)x)', '(?(1)a|b|c)', '(?(0)a)', '(?(-1)a)',
    'a{99999999999}', '(?P', '(?P<', '(?P<>a)', '(?Px)', '(?', '(?<', '(?<x', '(?z)',
    '(?#abc', '(?i-i:a)', '(?-:a)', '(?i', '(?L)a', '(?u)a', '(?au)a', '(?-a:x)',
    r'\777', r'[\777]', '\\', 'a\\', '(a)(?<=\\1)', '(?<=(?P<g>a)(?P=g))',
    '(a\n', 'x\n(?:y', '(?(1)a)(b)', '(?i', '(?-', '(?i-', '(?ix',
    r'(?<=a{1,2})', r'(?<=a*)', r'(?<=\b)a', r'(?<=a|)b', '(?<=(?:ab|cd))x',
]
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b'\\u1234', b'(?u)a', b'[\xe9-a]', b'\\\xe9']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e)

for args in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(*args)
        print('ok')
    except ValueError as e:
        print('ValueError', e)

for bad in [3, None, ['a']]:
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)

for call in [lambda: re.search('a', 3), lambda: re.search('a', b'a'),
             lambda: re.search(b'a', 'a'), lambda: re.findall('a', None),
             lambda: re.sub('a', 'b', b'a'), lambda: re.sub(b'a', 'b', b'a')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

# template errors
for t in [r'\2', r'\g<2>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<a b>', r'\q', '\\', r'\g<-1>', r'\400']:
    try:
        print(repr(re.sub('(a)', t, 'a')))
    except re.error as e:
        print(repr(t), 'error:', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
print(repr(re.sub('(a)', r'\-\1\n\0\08\101', 'a')))

m = re.match('(a)(?P<n>b)?', 'a')
for g in [3, -1, 'x', 1.5, None]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
for meth in (m.start, m.end, m.span):
    try:
        meth(5)
    except IndexError as e:
        print('IndexError', e)
print(m.group('n'), m.span('n'), m.start(2), m.groupdict('z'))

try:
    re.compile('(abc')
except re.error as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, Exception), e.args)
re.compile('x\n(')
