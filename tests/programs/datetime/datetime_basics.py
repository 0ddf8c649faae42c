from datetime import datetime, date, time, timedelta, timezone, tzinfo


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


dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(repr(dt), str(dt))
print(repr(datetime(2024, 3, 10)), repr(datetime(2024, 3, 10, 1, 2, 3)), str(datetime(2024, 3, 10)))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="hours"),
      dt.isoformat(timespec="minutes"), dt.isoformat(timespec="seconds"),
      dt.isoformat(timespec="milliseconds"), dt.isoformat(timespec="microseconds"))
print(datetime(2020, 1, 1, 1).isoformat(timespec="auto"))
show(lambda: dt.isoformat(timespec="nanos"))
show(lambda: dt.isoformat(sep="ab"))
print(dt.ctime(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal())
print(dt.timetuple())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %p %I %j [%z] [%Z] %%f"), f"{dt:%H:%M}")
print(dt.replace(year=2025, microsecond=0), dt.replace(tzinfo=timezone.utc))
print(repr(dt + timedelta(days=1, hours=10)), repr(dt - timedelta(microseconds=123457)))
print(repr(dt - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - dt))
print(repr(datetime(2024, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1)))
print(repr(datetime.combine(date(2020, 1, 2), time(3, 4, 5))))
print(repr(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2020, 1, 2), time(3, 4), timezone(timedelta(hours=2)))))
show(lambda: datetime.combine(5, time()))
show(lambda: datetime.combine(date(2020, 1, 1), 5))

# timestamps (UTC-based, so independent of the local time zone)
print(repr(datetime.utcfromtimestamp(0)), repr(datetime.utcfromtimestamp(1234567890.5)))
print(repr(datetime.utcfromtimestamp(-1.25)), repr(datetime.utcfromtimestamp(1.0000005)))
print(repr(datetime.fromtimestamp(1e9, timezone.utc)))
print(repr(datetime.fromtimestamp(1e9, timezone(timedelta(hours=-5), "EST"))))
print(datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp())
print(datetime(1970, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
naive = datetime(2020, 6, 1, 12, 30, 15, 250000)
print(datetime.fromtimestamp(naive.timestamp()) == naive)
print(abs(datetime.now() - datetime.fromtimestamp(__import__("time").time())) < timedelta(seconds=5))
print(abs(datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)) < timedelta(seconds=5))
print(datetime.now(timezone.utc).tzinfo, type(datetime.today()).__name__)
show(lambda: datetime.fromtimestamp(float("nan")))
show(lambda: datetime.fromtimestamp(1e30))
show(lambda: datetime.utcfromtimestamp("x"))

# comparisons
a = datetime(2020, 1, 1, 12)
b = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
c = datetime(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))
print(a == b, b == c, b < c, b <= c, hash(b) == hash(c), a != b, a == a.date(), a != a.date())
show(lambda: a < b)
show(lambda: a - b)
show(lambda: a < a.date())
show_type(lambda: a + 1)
print(repr(c - b), repr(c - datetime(2020, 1, 1, tzinfo=timezone.utc)))
print(sorted([datetime(2020, 1, 2), datetime(2019, 1, 1), datetime(2020, 1, 1, 5)]))

# errors
show(lambda: datetime(2020, 1, 1, 24))
show(lambda: datetime(2020, 1, 1, 0, 60))
show(lambda: datetime(2020, 1, 1, 0, 0, 60))
show(lambda: datetime(2020, 1, 1, 0, 0, 0, 1000000))
show(lambda: datetime(2020, 1, 1, fold=2))
show(lambda: datetime(2020, 1, 1, tzinfo=5))
show(lambda: datetime(2020, 2, 30))
show(lambda: datetime(2020))
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))


class MyDT(datetime):
    pass


m = MyDT(2020, 1, 1, 5)
print(repr(m), type(m + timedelta(1)).__name__, type(MyDT.now()).__name__)
print(isinstance(dt, date), issubclass(datetime, date))
