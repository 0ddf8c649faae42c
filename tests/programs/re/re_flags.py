import re

print(re.I, re.IGNORECASE, re.M | re.I, re.A | re.X | re.S, re.U, re.L, re.NOFLAG)
print(int(re.I), int(re.M), int(re.S), int(re.U), int(re.X), int(re.A), int(re.L))
print(re.I | 0, type(re.I | re.M).__name__, re.I in (re.I | re.M), bool(re.NOFLAG))
print(re.RegexFlag(10), re.RegexFlag(2).name, re.I.value)
for flags in [0, re.I, re.I | re.M, re.S | re.X, re.A, re.A | re.I, re.U, re.M | re.S | re.I | re.X]:
    print(re.compile('x', flags), re.compile('x', flags).flags)
print(re.compile(b'x', re.I | re.L), re.compile(b'x', re.L).flags)
print(re.compile('(?i)x'), re.compile('(?ms)x').flags, re.compile('(?a)x'))
print(re.compile('(?i:x)').flags, re.compile('(?x: a b )').flags)

# verbose mode
p = re.compile(r"""
    (?P<year>\d{4})   # year
    -                 # separator
    (?P<month>\d{2})  # month
    [ ]?\#            # literal space (in a class) and hash
""", re.VERBOSE)
print(p.search('on 2024-05 # x').groupdict())
print(re.search(r'(?x) a  b  c', 'abc'), re.search(r'(?x)a\ b', 'a b'))
print(re.search(r'(?x)a{1, 2}', 'a{1, 2}'), re.search('(?x)[ ]+', 'a  b'))
print(re.search(r'(?-x:a b)', 'a b', re.X), re.search(r'(?x:a b)c d', 'abc d'))

# scoped flags
print(re.findall(r'(?i:a)a', 'aA Aa AA aa'))
print(re.findall(r'a(?-i:a)', 'aA Aa AA aa', re.I))
print(re.findall(r'(?s:.)(?-s:.)', 'a\n\nb'))
print(re.findall(r'(?m:^a)|^b', 'b\na\nb'))
print(re.findall(r'(?a:\w+) (?u:\w+)', 'éa éa'))
print(re.findall(r'\w+', 'éa', re.A), re.findall(r'(?u)\w+', 'éa'))
print(re.search(r'(?i)(?x) A B', 'xab'), re.search(r'(?ix) A B', 'xab'))

# errors with line and column
for pat in ['a\n(b', 'a\nb\n  )', '(?x)\n  [a', b'x\n\\q']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), e.msg, e.pos, e.lineno, e.colno, '|', e)
