from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# timezone
utc = timezone.utc
print(repr(utc), str(utc), utc is UTC, timezone(timedelta(0)) is utc)
tz1 = timezone(timedelta(hours=5, minutes=30))
tz2 = timezone(timedelta(hours=-3), "BRT")
print(repr(tz1), str(tz1), repr(tz2), str(tz2))
print(repr(timezone.min), repr(timezone.max), str(timezone.min))
print(tz1.utcoffset(None), tz1.dst(None), tz1.tzname(None), tz2.tzname(datetime(2020, 1, 1)))
print(timezone(timedelta(seconds=3661, microseconds=5)))
print(tz1 == timezone(timedelta(minutes=330)), tz1 == tz2, hash(tz1) == hash(timezone(timedelta(minutes=330))))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=1), 5))
show(lambda: tz1.utcoffset(5))
show(lambda: tz1.fromutc(datetime(2020, 1, 1)))

d = datetime(2020, 5, 17, 10, 20, 30, tzinfo=tz1)
print(repr(d))
print(d, d.isoformat(), d.utcoffset(), d.tzname(), d.dst())
print(d.strftime("%z %Z"), datetime(2020, 1, 1, tzinfo=tz2).strftime("%z|%Z"))
print(d.astimezone(utc), d.astimezone(tz2), repr(d.astimezone(tz1)))
print(d.utctimetuple())
print(d.timetuple())
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-30))).isoformat())


class Fixed(tzinfo):
    def __init__(self, hours, name, dst=0):
        self.off = timedelta(hours=hours)
        self.name = name
        self.dstoff = timedelta(hours=dst)

    def utcoffset(self, dt):
        return self.off + self.dstoff

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.dstoff

    def __repr__(self):
        return "Fixed(%s)" % self.name


f = Fixed(2, "X", 1)
d = datetime(2021, 7, 1, 12, 0, tzinfo=f)
print(repr(d), d, d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst)
print(d.astimezone(utc), repr(utc.fromutc(datetime(2020, 1, 1, tzinfo=utc))))
print(repr(datetime(2020, 1, 1, tzinfo=utc).astimezone(f)))
print(repr(f.fromutc(datetime(2020, 1, 1, tzinfo=f))))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)


show(lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Big()).utcoffset())
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().dst(None))

# time
t = time(13, 5, 9, 1500, tzinfo=tz1)
print(repr(t), str(t), t.isoformat("minutes"), t.utcoffset(), t.tzname())
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)), repr(time(1, fold=1)))
print(repr(time.min), repr(time.max), repr(time.resolution), bool(time()))
print(time(10, 30).strftime("%H:%M:%S %p %f %Y"), format(time(10, 30), "%I%p"), f"{time(1)}")
print(time(10) < time(11), time(10) == time(10, 0), time(10, tzinfo=utc) == time(11, tzinfo=timezone(timedelta(hours=1))))
print(time(10) == time(10, tzinfo=utc), hash(time(10)) == hash(time(10, 0)))
show(lambda: time(10) < time(10, tzinfo=utc))
print(repr(time(1, 2).replace(hour=5, tzinfo=utc)), repr(t.replace(tzinfo=None)))
show(lambda: time(25))
show(lambda: time(1, tzinfo=5))

# ISO parsing
for s in ("2020-01-02", "2020-01-02T03:04", "2020-01-02 03:04:05", "2020-01-02T03:04:05.123",
          "2020-01-02T03:04:05.123456", "2020-01-02T03:04:05.1234567", "2020-01-02T03",
          "2020-01-02T03:04:05+05:30", "2020-01-02T03:04:05-0800", "2020-01-02T03:04:05Z",
          "2020-01-02T03:04:05+00:00", "2020-01-02T03:04:05.5+01:02:03.000004",
          "20200102T030405", "20200102T030405Z", "2020W011T10", "2020-W01-1 10:00",
          "2020-01-02T03:04:05,25", "2020-01-02T03:04+01", "2020-01-02X03:04"):
    show(lambda: datetime.fromisoformat(s))
for s in ("2020-01-02T", "2020-01-02T3", "2020-1-2", "2020-01-02T03:04:05+0", "",
          "2020-01-02T03:04:05.", "2020-01-02T25:00", "abc", "2020-01-02T03:04:05+01:2"):
    show(lambda: datetime.fromisoformat(s))
show(lambda: datetime.fromisoformat(5))
for s in ("03:04", "03:04:05.000001", "030405", "03", "03:04:05+01:00", "T03:04", "03:04:05,5",
          "25:00", "3:04", "03:04:"):
    show(lambda: time.fromisoformat(s))
for x in (datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=tz2), datetime(1, 1, 1), time(23, 59, tzinfo=tz1)):
    print(type(x).fromisoformat(x.isoformat()) == x)

# strptime
show(lambda: datetime.strptime("2024-01-15 10:20:30.5", "%Y-%m-%d %H:%M:%S.%f"))
show(lambda: datetime.strptime("2024-01-15T10:20:30+0130", "%Y-%m-%dT%H:%M:%S%z"))
show(lambda: datetime.strptime("2024-01-15 UTC +00:00", "%Y-%m-%d %Z %z"))
show(lambda: datetime.strptime("15 Jan 2024", "%d %b %Y"))
show(lambda: datetime.strptime("Feb 29", "%b %d"))
show(lambda: datetime.strptime("2024-01-15", "%Y-%m"))
show(lambda: datetime.strptime("nope", "%Y"))
show(lambda: datetime.fromisoformat("2020-01-01T10:00:00+24:00"))

# copying
import copy
d = datetime(2020, 5, 17, 10, 20, 30, 5, tzinfo=timezone(timedelta(hours=2), "X"))
for v in (d, d.date(), d.timetz(), timedelta(1, 2, 3), timezone.utc, tz2):
    print(repr(copy.copy(v)), copy.deepcopy(v) == v)


class Named(tzinfo):
    def __init__(self, name="N"):
        self.name = name
        self.items = [1, 2]


fx = copy.deepcopy(Named("Y"))
print(type(fx).__name__, fx.name, fx.items)
show(lambda: copy.deepcopy(Fixed(3, "Y")))
