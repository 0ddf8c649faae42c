# Decimal: three-argument pow and the logical/shift/rotate operations, results and signals.
from decimal import Decimal as D, Context, localcontext, InvalidOperation, getcontext
import decimal


def show(label, f, *args):
    with localcontext() as ctx:
        ctx.traps[InvalidOperation] = False
        ctx.clear_flags()
        try:
            r = f(*args)
        except Exception as e:
            print(label, type(e).__name__, e)
            return
        flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
        print(label, repr(r), flags)


cases = [(2, 10, 7), (3, 200, 1000), (-3, 3, 7), (-3, 4, 7), (D('2.00'), D('3'), D('5')),
         (D('12e2'), 3, 7), (2, D('1e1'), 1000), (7, 0, 5), (0, 5, 3), (5, 3, -4),
         (D('2.5'), 2, 3), (2, -1, 5), (2, 3, 0), (0, 0, 5), (D('NaN'), 1, 2),
         (1, D('sNaN'), 2), (D('NaN'), D('sNaN'), 2), (D('Inf'), 2, 3),
         (2, 2, D('1e30')), (2, 2, D('9' * 28)), (2, 2, D('-7')), (D('-0'), 3, 5)]
for a, b, m in cases:
    show('pow%r' % ((a, b, m),), pow, D(a), b, m)
    show('ctx.power', getcontext().power, a, b, m)
print(pow(D(4), 3, 5), pow(D(-2), 3, 7), pow(D(10), 2, D(7)))
try:
    pow(D(2), 3, 5.0)
except TypeError as e:
    print('TypeError', e)
try:
    pow(D(2), D('0.5'), 5)
except InvalidOperation as e:
    print('InvalidOperation', e)

ops = ['logical_and', 'logical_or', 'logical_xor']
pairs = [('1101', '1011'), ('0', '1'), ('111', '1'), ('1' * 30, '10'), ('1e1', '1'), ('-1', '1'),
         ('12', '1'), ('1.0', '1'), ('NaN', '1'), ('Inf', '1'), ('101', 11)]
for a, b in pairs:
    for op in ops:
        show('%s(%s,%s)' % (op, a, b), getattr(D(a), op), b if isinstance(b, int) else D(b))
for a in ['0', '1', '101', '1' * 28, '1' * 30, '2', 'NaN']:
    show('invert(%s)' % a, D(a).logical_invert)
    with localcontext(Context(prec=5)):
        show('invert5(%s)' % a, D(a).logical_invert)

for a, n in [('123456789', 2), ('123456789', -2), ('123456789', 0), ('1234', 28), ('1234', -28),
             ('1234', 29), ('1234', 1.5), ('-1234e3', 3), ('Inf', 2), ('-Inf', -2), ('NaN', 1),
             ('sNaN', 1), ('5', 'NaN'), ('1' * 30, 1), ('12.34', '1e1'), ('9', D('-1'))]:
    for op in ('shift', 'rotate'):
        arg = D(n) if isinstance(n, str) else n
        show('%s(%s,%s)' % (op, a, n), getattr(D(a), op), arg)
ctx = Context(prec=6)
print(ctx.shift(D(123456), 2), ctx.rotate(D(123456), 2), ctx.logical_and(D(110), 11))
print(ctx.logical_invert(D(0)), ctx.logical_or(1, 10), ctx.logical_xor(D(11), D(110)))
print(ctx.power(2, 10, 1000), ctx.power(2, 10))
try:
    D('12').logical_and(D('1'))
except InvalidOperation as e:
    print('InvalidOperation', e)
