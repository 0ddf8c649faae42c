from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def show_type(f):
    # Only the type: the message names the class "datetime.X" in CPython (a C type).
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


td = timedelta
print(repr(td()), str(td()))
print(repr(td(1, 2, 3)), str(td(1, 2, 3)))
print(repr(td(days=-1)), str(td(days=-1)), str(td(seconds=-1)), str(td(days=-2, hours=3)))
print(repr(td(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)))
print(str(td(days=2, hours=5)), str(td(microseconds=5)), str(td(hours=100)))
print(repr(td(days=0.5)), repr(td(seconds=0.5e-6)), repr(td(seconds=1.5e-6)))
print(repr(td(days=0.1, seconds=0.3)), repr(td(hours=-1.5)), repr(td(minutes=0.1)))
print(repr(td(microseconds=-1)), repr(td(milliseconds=-0.0005)))
x = td(days=1, seconds=30, microseconds=500)
print(x.days, x.seconds, x.microseconds, x.total_seconds())
print(td(hours=-25).days, td(hours=-25).seconds)
print(repr(td.min), repr(td.max), repr(td.resolution))
print(str(td.min), str(td.max))
show(lambda: td.max + td.resolution)
show(lambda: td(1000000000))
show(lambda: td("x"))
show(lambda: td(seconds=[]))
show(lambda: td(float("inf")))

# arithmetic
a, b = td(hours=5), td(minutes=90)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)))
print(repr(a * 2), repr(2 * a), repr(a * 0.5), repr(a * -1.25), repr(td(microseconds=3) * 0.5))
print(a / b, repr(a / 4), repr(a / 2.5), repr(a / -3), repr(td(microseconds=5) / 2))
print(a // b, repr(a // 7), repr(a % b), divmod(a, b))
print(repr(td(microseconds=-7) // 2), repr(-a % b))
show(lambda: a / 0)
show(lambda: a // 0)
show(lambda: a / td(0))
show(lambda: a // td(0))
show(lambda: a % td(0))
show_type(lambda: a + 1)
show_type(lambda: a * "x")
show_type(lambda: a < 5)
print(a == td(seconds=18000), a != b, a > b, a >= b, a < b, a <= a, a == 5)
print(hash(a) == hash(td(seconds=18000)), bool(td()), bool(td(microseconds=1)))
print(sorted([td(3), td(-1), td(hours=1)]))
print(td(days=1) in {td(hours=24): 1})
print(max(td(1), td(2)), min(td(1), td(-2)))
print(sum([td(1), td(2)], td()))
for a in [dict(days=0.1, seconds=0.3), dict(milliseconds=-0.0005), dict(seconds=1.5e-6),
          dict(seconds=2.5e-6), dict(days=1e-10), dict(hours=-1.5), dict(weeks=0.123456789),
          dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-1.5),
          dict(days=-0.3, microseconds=0.5)]:
    print(repr(td(**a)))
show(lambda: td(float("nan")))
