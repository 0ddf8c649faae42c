def trace(x):
    print('eval', x)
    return x
d = {}
d[trace('k')] = trace('v')
trace(1) < trace(2) < trace(3)
print(trace(1) or trace(2), trace(0) and trace(5))
l = [0, 0]
i = 0
l[i], i = 5, 1
print(l, i)
class A:
    x = 1
    y = [x for _ in range(2)] if False else None
    def f(self): return x if 'x' in globals() else 'no global x'
print(A().f())
class B:
    v = 5
    w = (lambda: 1)()
    z = [i * 2 for i in range(3)]
print(B.z)
try:
    class C:
        v = 5
        z = [v for _ in range(2)]
except NameError as e:
    print('NameError', e)
def deco(arg):
    def wrap(f):
        def inner(*a, **k):
            return (arg, f(*a, **k))
        return inner
    return wrap
@deco('tag')
def f(x): return x * 2
print(f(4))
def make():
    fs = []
    for i in range(3):
        def g(i=i): return i
        fs.append(g)
    return [g() for g in fs]
print(make())
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
x = 10
def outer():
    x = 20
    class Inner:
        y = x
    return Inner.y
print(outer())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get(): return count
    return inc, get
inc, get = counter(); inc(); inc(); print(get())
a = b = []
a.append(1); print(b, a is b)
print([1, 2, 3][-1], [1, 2, 3][-5:10], 'abc'[5:], [][:], list(range(5))[::-2])
t = 1, 2
x, y = y, x = t
print(x, y)
print((lambda *a, **k: (a, k))(1, b=2), (lambda: (yield))().__class__.__name__)
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
def default_mut(a=[]):
    a.append(1)
    return a
print(default_mut(), default_mut())
g = (i for i in range(3))
print(next(g), list(g))
print(int('-0'), -0, 0 * -1.0, -(0.0), str(-0.0))
print(1 // 0.5, 5 % 0.3 < 0.3, (-5) ** 0.5 if False else 'skip', 2 ** 0.5)
try: print(1 % 0)
except ZeroDivisionError as e: print(e)
try: print(1.0 / 0)
except ZeroDivisionError as e: print(e)
try: print(1 // 0)
except ZeroDivisionError as e: print(e)
try: print(0 ** -1)
except ZeroDivisionError as e: print(e)
print(pow(-8, 1/3) if False else 'x', (-1) ** 0.5 if False else 'y', 10 ** 20 / 10 ** 10, 7 // 2.0, -7.5 // 2)
print(float(10 ** 20), int(1e20), 2 ** 63, -2 ** 63, 2 ** 63 - 1 + 1, (2 ** 63) // 1, abs(-2 ** 63))
import sys; print(sys.maxsize + 1, -sys.maxsize - 2, (sys.maxsize + 1) * 2 // 2)
