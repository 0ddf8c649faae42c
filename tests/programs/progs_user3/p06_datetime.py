from datetime import datetime, date, time, timedelta, timezone
import time as _t
d = datetime(2024, 1, 31, 14, 5, 9, 123456)
print(d, repr(d))
print(d + timedelta(days=1, hours=12), d - timedelta(weeks=5))
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %p %I %y %%"))
print(d.isoformat(), d.date().isoformat(), d.time())
print(datetime.strptime("2023-12-25 08:30", "%Y-%m-%d %H:%M"))
print(datetime.strptime("03/Feb/2021:10:00:00", "%d/%b/%Y:%H:%M:%S"))
print(date(2024, 3, 1) - date(2023, 3, 1), (date(2024, 12, 25) - date(2024, 1, 1)).days)
print(date(2024, 2, 29).weekday(), date(2024, 2, 29).isoweekday(), date(2024, 2, 29).isocalendar())
td = timedelta(days=2, hours=3, minutes=4, seconds=5.5)
print(td, td.total_seconds(), repr(td), -td, td // 2, td / timedelta(hours=1))
tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(a, a.astimezone(timezone.utc), a.utcoffset(), a.tzname())
print(datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime(2020,1,1,tzinfo=timezone.utc).timestamp())
print(date.fromordinal(738000), date(2024,1,1).toordinal(), date.fromisoformat("2021-07-04").ctime())
print(d.replace(year=2020, microsecond=0), d > datetime(2024, 1, 1))
print(sorted([date(2024, 1, 3), date(2023, 5, 5), date(2024, 1, 1)]))
print(f"{d:%d.%m.%Y}", format(date(2000,1,1), "%A"))
print(_t.strftime("%Y-%m-%d", _t.gmtime(86400 * 365)))
print(time(10, 30) < time(11), time(23, 59, 59).isoformat(timespec="minutes"))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(timedelta(seconds=-1), timedelta(microseconds=1), timedelta(days=-1, seconds=5))
