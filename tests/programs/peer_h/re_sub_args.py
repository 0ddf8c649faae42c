# re.sub / Pattern.sub argument handling in CPython's order: repl, then count, then subject.
import re


def attempt(fn):
    try:
        return repr(fn())
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


digits = re.compile(r'\d')
print(attempt(lambda: re.sub(r'\d', '#', 'a1b22', 'two')))
print(attempt(lambda: re.sub(r'\d', '#', 'a1b22', 1.0)))
print(attempt(lambda: re.sub(r'\d', '#', 'a1b22', True)))
print(attempt(lambda: re.subn(r'\d', '#', 'a1b22', 2**40)))
print(attempt(lambda: re.sub(r'\d', '#', 'a1b2', -3)))
print(attempt(lambda: re.sub(r'\d', '#', 7, -3)))
print(attempt(lambda: re.sub(r'\d', '#', b'a1', -3)))
print(attempt(lambda: re.sub(r'\d', 5, 'a1', -3)))
print(attempt(lambda: re.sub(r'\d', [1], 7)))
print(attempt(lambda: digits.sub(None, 'x1')))
print(attempt(lambda: digits.subn(b'#', b'x1y2')))
print(attempt(lambda: digits.sub(bytearray(b'#'), 'x1')))
print(attempt(lambda: digits.sub()))
print(attempt(lambda: digits.sub('#')))
print(attempt(lambda: digits.subn()))
print(attempt(lambda: digits.subn('#')))
print(attempt(lambda: digits.search()))
print(attempt(lambda: digits.match()))
print(attempt(lambda: digits.sub(repl='#', string='1a1', count=1)))
print(attempt(lambda: digits.sub(lambda m: '<' + m.group() + '>', 'a1b2', 1)))

# Pattern.sub/subn bind like C methods: at most 3 arguments, names checked.
for call in [lambda: digits.sub('#', 'a1', 0, 'extra'), lambda: digits.sub('#', 'a1', 0, count=1),
             lambda: digits.subn('#', 'a1', bogus=1), lambda: digits.sub('#', repl='x'),
             lambda: digits.subn('#', 'a1b2', count=True), lambda: digits.sub(string='1', repl='.')]:
    print(attempt(call))
print(attempt(lambda: re.split(' ', 'a b c', 'x')), attempt(lambda: re.split(' ', 'a b c', -1)))
print(attempt(lambda: digits.split('a1b2c', maxsplit=True)))
