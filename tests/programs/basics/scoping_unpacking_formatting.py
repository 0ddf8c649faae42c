# closures, nonlocal, scoping
def outer():
    x = 1
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
f = outer(); print(f(), f())
fs = [lambda: i for i in range(3)]; print([g() for g in fs])
fs = [lambda i=i: i for i in range(3)]; print([g() for g in fs])
x = 10
def g():
    global x
    x = 20
g(); print(x)
print([y for y in range(3) if (z := y) > 0], z)
a, *b, c = range(6); print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
print(*[1,2], *(3,), sep='-')
d = {**{'a': 1}, 'b': 2}; print(d)
def kw(a, /, b, *, c=3, **k): return a, b, c, k
print(kw(1, b=2, d=4))
try: kw(a=1, b=2)
except TypeError as e: print(e)
def va(*args, **kwargs): return args, kwargs
print(va(1, *[2, 3], x=1, **{'y': 2}))
print(1 < 2 < 3, 1 < 3 < 2)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, 10 / 4)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(int('  42 '), int('0x1f', 16), int('0b101', 0), float('1e3'), float('-inf'))
print(str(1e16), str(1.5e-7), repr(0.1+0.2), 1e22, 1.0e-5)
print('%5.2f|%-5d|%05d|%x|%o|%e|%g' % (3.14159, 42, 42, 255, 8, 12345.678, 0.00001))
print(f'{3.14159:.2f} {42:>5} {42:<5}| {42:^6}| {"s":*^7} {1e6:g} {12345678:_} {0.25:.1%}')
print(f'{"nested":{"^"}{10}}', f'{2+3=}', f"{'a'!r:>5}")
print(format(1234.5, ',.2f'), format(255, '08b'), format(-5, '+d'), format(5, ' d'))
