"""time/datetime arithmetic with fixed dates: a billing calendar."""
import calendar
from datetime import date, datetime, time, timedelta, timezone

start = date(2024, 1, 31)


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)


print([add_months(start, k).isoformat() for k in range(6)])
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 2, 29))
print(date(2024, 3, 10) - date(2023, 12, 25), (date(2024, 3, 1) - timedelta(days=1)).day)
d = date(2024, 2, 29)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.timetuple().tm_yday, d.toordinal())
print(d.strftime("%a %b %d %Y | %j | %U | %y"), date.fromisoformat("2023-07-04"), date.fromordinal(1))
dt = datetime(2024, 3, 9, 23, 45, 10, 500)
print(dt + timedelta(minutes=20), dt - timedelta(days=10, seconds=5))
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time())
print(repr(dt), str(timedelta(days=-1, seconds=5)), repr(timedelta(hours=25, microseconds=3)))
td = timedelta(days=2, hours=3, minutes=4, seconds=5)
print(td.total_seconds(), td // timedelta(hours=1), td % timedelta(hours=1), td / 2, td * 1.5)
print(timedelta(weeks=1) > timedelta(days=6), abs(timedelta(-3)), -td)
print(datetime.strptime("2024-02-29T13:05:00", "%Y-%m-%dT%H:%M:%S"), datetime.fromisoformat("2024-01-02T03:04:05.123"))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), time(14, 5).strftime("%I:%M %p"))
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc, utc.astimezone(ist), utc.astimezone(ist).tzname(), utc.timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365))
print(utc == utc.astimezone(ist), utc.astimezone(ist) - utc, timezone(timedelta(hours=-8)))

invoices = []
due = date(2024, 1, 15)
for i in range(5):
    paid = due + timedelta(days=[0, 3, 40, -2, 10][i])
    late = (paid - due).days
    fee = max(0, late) * 1.5
    invoices.append((due, paid, late, fee))
    due = add_months(due, 1)
print(f"{'due':<12}{'paid':<12}{'late':>5}{'fee':>8}")
for due, paid, late, fee in invoices:
    print(f"{due:%d/%m/%Y}  {paid!s:<12}{late:>5}{fee:>8.2f}")
print("total fees", sum(i[3] for i in invoices))
print(calendar.month(2024, 2))
print(calendar.month_name[3], calendar.day_abbr[0], list(calendar.Calendar().itermonthdays(2024, 2))[:7])
print(max(invoices)[0], sorted({date(2024, 1, 2), date(2023, 5, 1)}))
print(date(2024, 1, 1) < date(2024, 1, 2), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) - date(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(f"{dt:%H:%M:%S.%f}", format(date(2024, 5, 6), "%B %-d" if False else "%B %d"))
