import calendar
import time
import datetime as dt

print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.monthcalendar(2024, 9))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2025, 1))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))

t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t))
print(time.strftime("%d/%m/%y %I:%M %p %%", t))
print(time.asctime(t))
p = time.strptime("2024-07-04 15:30", "%Y-%m-%d %H:%M")
print(p.tm_year, p.tm_mon, p.tm_mday, p.tm_hour, p.tm_min, p.tm_wday, p.tm_yday)
print(calendar.timegm(p))
start = time.perf_counter()
mono = time.monotonic()
x = sum(range(10000))
print(time.perf_counter() >= start, time.monotonic() >= mono, type(time.time()), time.time_ns() > 0)
print(isinstance(time.perf_counter_ns(), int), time.process_time() >= 0)

d = dt.date(2024, 2, 28)
print(d + dt.timedelta(days=2), d.isoformat(), d.isocalendar(), d.strftime("%A %d %B %Y"))
print(dt.date(2024, 12, 25) - dt.date(2024, 1, 1), dt.date.fromisoformat("2023-06-15").toordinal())
print(dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone.utc).isoformat(), dt.timezone(dt.timedelta(hours=-5)))
when = dt.datetime(2024, 3, 10, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
print(when.astimezone(dt.timezone.utc), when.utcoffset(), when.tzname(), when.timestamp())
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(86400))
print(dt.timedelta(days=1, seconds=-1), dt.timedelta(weeks=2) / dt.timedelta(days=1), -dt.timedelta(hours=1))
print(repr(dt.timedelta(hours=25, microseconds=5)), dt.time(13, 5, 7).strftime("%H-%M-%S"), dt.time(9).isoformat())
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 5, 1)]), dt.date.min, dt.date.max, dt.date(2024, 1, 1).weekday())
print(f"{dt.datetime(2024, 1, 2, 3, 4, 5):%Y%m%d-%H%M%S}", dt.datetime(2020, 5, 17).replace(day=1).ctime())
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
