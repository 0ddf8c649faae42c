# finditer is lazy (a callable_iterator over matches found a few at a time): spans, empty
# matches after empty and non-empty ones, pos/endpos, non-ASCII and bytes subjects.
import re
print([m.span() for m in re.finditer(r'\d*', 'ab12c3')])
print([m.group() for m in re.finditer(r'', 'abc')], [m.span() for m in re.finditer(r'x*', 'axxb')])
it = re.finditer(r'(\w)(\d)?', 'a1b c2 é3ü', 2)
print(type(it).__name__, [(m.pos, m.endpos, m.span(), m.groups(), m.lastindex) for m in it])
print([m.span() for m in re.compile(r'b*').finditer('abbbcb', 1, 5)])
print(sum(1 for _ in re.finditer(r'\w+', 'word ' * 10000)), [m.start() for m in re.finditer('é', 'aéé' * 700)][-3:])
print([m.group() for m in re.finditer(rb'[a-z]+', b'ab cd ef')], [m.span() for m in re.finditer(r'(?=a)', 'aaa')])
print([m.span() for m in re.finditer(r'^', 'a\nb\n', re.M)], [m.span() for m in re.finditer(r'$', 'a\nb\n', re.M)])
it = re.finditer('a', 'aaa'); next(it); print(list(it).__len__(), next(it, 'done'))
