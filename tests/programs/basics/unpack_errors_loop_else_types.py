try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1, 2]
except ValueError as e: print(e)
try:
    a, *b, c = [1]
except ValueError as e: print(e)
for i in range(3):
    pass
else:
    print('for-else', i)
n = 0
while n < 3:
    n += 1
    if n == 5: break
else:
    print('while-else')
try:
    pass
except Exception:
    pass
else:
    print('else')
finally:
    print('finally')
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print('recursion', e)
x = [1, 2, 3]
print(x.__len__(), x.__getitem__(0), [].__class__, (1).__class__.__name__, 'a'.__class__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(print).__name__, type(len))
print(type(lambda: 0).__name__, type(x.append).__name__, type([].append))
class C:
    def m(self): pass
print(type(C.m).__name__, type(C().m).__name__, C.m.__name__, C().m.__self__.__class__.__name__, C.m.__qualname__)
print(isinstance(C, type), type(C), type(type), type(object), object.__bases__, int.__mro__, bool.__mro__)
import sys
print(sys.getrecursionlimit(), sys.version[:4], sys.byteorder)
s = 'x'
s += 'y'; s *= 2; print(s)
l = [1]; l += (2,); l *= 2; print(l)
print(1 if 0 else 2, not 1, 1 and 2, 0 or 'x', None or 0, [] and 1)
print(hash(1) == hash(1.0), hash(True) == 1, {1: 'a', 1.0: 'b', True: 'c'})
print(0 == -0.0, 1 == 1.0, {1.0: 2}[1], [1, 2] == (1, 2), 'a' == b'a' if False else 'skip')
print(min('b', 'a'), max([1, 2], [1, 3]), sorted([[2], [1, 5]]), sum([[1], [2]], []))
print(list(map(str, range(3))), ''.join(map(str, [1, 2])), list(zip(*[(1, 2), (3, 4)])))
print(globals()['__name__'] if 'globals' in dir(__builtins__) else '__main__')
print(__name__, __doc__)
print(round(7.0), type(round(7.5)), type(round(7.5, 1)), 7 / 7, type(7 // 7.0))
def gen():
    yield from range(3)
print(list(gen()), sum(gen()), list(enumerate(gen())))
print(all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]), list(x for x in 'ab'))
print(dict(zip('abc', range(3))), {**dict(a=1), **dict(b=2)}, [*range(3), *'ab'])
print(f"{'nested {}'.format(1)}", f'{"a" "b"}', 'a' 'b', """multi
line""")
print(chr(0x1F600), len(chr(0x1F600)), '\U0001F600' == chr(0x1F600), 'a\0b', len('a\0b'))
x = 5
def f():
    print(x)
f()
def g():
    print(y)
y = 10
g()
def h():
    try:
        print(z)
    except NameError as e:
        print(e)
    z = 1
h()
