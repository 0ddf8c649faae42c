import re

p = re.compile(r'\w+')
s = 'ab cd ef'
print(p.match(s, 3), p.match(s, 2), p.search(s, 4), p.search(s, 1, 5))
print(p.fullmatch(s, 3, 5), p.fullmatch('abc', 0, 2), p.match(s, -5), p.search(s, 100))
print(p.match(s, 5, 3), p.findall(s, 3), p.findall(s, 1, 4), p.findall(s, 5, 2))
m = p.search(s, 3, 7)
print(m.pos, m.endpos, m.string, m.re is p)
m = p.search(s, -3, 100)
print(m.pos, m.endpos)
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'\bb').search('ab', 1), re.compile('(?m)^b').search('ab', 1))
print([m.span() for m in re.compile('a*').finditer('baaa', 1)])
# empty-match rules
print(re.split(r'\b', 'a b'))
print(re.split(r'', 'abc'))
print(re.split(r'(?=b)', 'abab'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'a*', '-', 'baaac'))
print(re.sub(r'(?=x)', '!', 'axbx'))
print(re.findall(r'a*', 'baaac'))
print(re.findall(r'a|', 'bab'))
print(re.subn(r'', '', 'ab'))
print(re.split(r'(a)(x)?', 'bab'))
print(re.split(r'a', 'a'), re.split('a', ''), re.split('', ''), re.split('x*', ''))
print(re.split(',', 'a,b,c', -1), re.split(',', 'a,b,c', 1))
print(re.sub('a', 'b', 'aaa', -1), re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', 2))
print(re.sub('a', 'b', 'aaa', count=1), re.split(',', 'a,b,c', maxsplit=1))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) * 2), 'x1 y22 z'))
print(re.sub(r'(a)|b', lambda m: repr(m.group(1)), 'ab'))
print(re.sub('x', '', 'axbxc'))
print(re.sub('(?P<d>\\d)', r'\g<d>\g<1>\g<0>', 'a1'))
print(re.sub(b'(a)', rb'[\1]', b'xax'), re.sub(b'a', lambda m: b'B', b'aa'))
print(repr(re.sub('a', r'\n\t\\', 'a')))
print(re.sub('a(b)?', r'[\1]', 'a ab'))
m = re.search(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.expand(r'<\g<a>|\g<b>|\1>'), m.lastgroup, m.lastindex, m.regs)
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex)
print(re.match('(a)|(b)', 'b').lastindex, re.match('a', 'a').lastindex, re.match('a', 'a').lastgroup)
print(re.match('(?P<x>a)(b)', 'ab').lastgroup, re.match('(?P<x>(b))', 'b').lastgroup)
m = re.match(r'(a)(b)(c)', 'abc')
print(m.group(0, 1, 3), m.group(3, 'x' if False else 2), m[3], m.span(3))
print(bool(m), repr(m))
print(re.match('.*', 'x' * 100))
print(re.match(b'ab', b'abc'))
print(re.match('é+', 'ééa'))
print(re.search('b+', 'aébbb').span())
print(re.findall('[é-ú]+', 'aéíb'))
print(re.sub('é', 'e', 'café éé'))
print(re.split('é', 'aébéc'))
print(re.findall(r'\w+', 'über straße ĳ'))
print(re.search('ü', 'ÜBER', re.I).span())
print(re.escape('ünïcode'), re.escape(''), re.escape('\x00'))
# str/bytes subclasses and buffers
class S(str):
    pass
print(re.search('b', S('abc')), re.findall(b'a', bytearray(b'banana')))
print(re.search(b'n', memoryview(b'banana')).span())
# hashing and equality
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      hash(re.compile('x')) == hash(re.compile('x')))
print(re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('(?i)a').flags,
      re.compile('(?x)a').flags, re.compile('a', re.A).flags)
print(re.compile('(?P<a>.)(?P<b>.)').groupindex['b'], len(re.compile('(?P<a>.)').groupindex))
import copy
print(copy.copy(re.compile('a')) is not None, copy.deepcopy(re.match('a', 'a')).span())
print(re.Pattern, re.Match, type(re.compile('x')) is re.Pattern,
      isinstance(re.match('a', 'a'), re.Match), re.error)
print(re.RegexFlag.IGNORECASE | re.RegexFlag.MULTILINE, int(re.I | re.X), re.I & re.I)
print(re.compile('a', flags=re.I | re.S), re.compile('x' * 300))
print(re.compile('a', re.I).search('A', 0), re.search('A', 'a', flags=re.I))
# replacement functions
print(re.sub('a', lambda m: None, 'banana'), re.sub('a', lambda m: '', 'banana'))
for bad in [lambda m: 0, lambda m: b'x']:
    try:
        re.sub('a', bad, 'banana')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', lambda m: 1 / 0, 'a')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(re.subn('(b)|a', lambda m: m.group(1) or '-', 'abab', 3))
print(re.sub(b'a', lambda m: m.group() * 2, bytearray(b'xax')))
