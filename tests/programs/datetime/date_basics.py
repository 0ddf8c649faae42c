import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(repr(date.min), repr(date.max), repr(date.resolution))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, tuple(ic), ic[0])
print(d.timetuple())
for y, m, dd in ((2021, 1, 1), (2020, 12, 31), (2019, 12, 30), (2015, 12, 31), (2026, 1, 1),
                 (1, 1, 1), (9999, 12, 31), (2008, 12, 29), (2010, 1, 3)):
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.toordinal(), date.fromordinal(x.toordinal()) == x)
for n in (1, 2, 365, 366, 730120, 738000, 3652059):
    print(n, date.fromordinal(n))
print(date.fromisoformat("2020-05-17"), date.fromisoformat("20200517"))
print(date.fromisoformat("2020-W01-1"), date.fromisoformat("2020W017"), date.fromisoformat("2020-W53"))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
print(d.replace(day=1), d.replace(year=2023, day=28), d.replace())
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(1) + d, d - date(2000, 1, 1))
print(d + timedelta(hours=47), d - timedelta(hours=1))
print(d.strftime("%Y/%m/%d %A %B %j %U %W %H:%M:%S %f [%z] [%Z] %%"))
print(format(d, "%d.%m.%Y"), format(d, ""), f"{d}", f"{d:%b %d}")
print(date(5, 1, 1).isoformat(), date(5, 1, 1).ctime())
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1), d >= date.min)
print(hash(d) == hash(date(2024, 2, 29)), d == "2024-02-29", d != 5)
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]))
print(date.today() >= date(2024, 1, 1), type(date.today()).__name__)
print(date.fromtimestamp(0) in (date(1970, 1, 1), date(1969, 12, 31)))
print(type(d).__name__, type(d).__module__, isinstance(d, date))


class MyDate(date):
    def double_year(self):
        return self.year * 2


m = MyDate(2020, 1, 1)
print(repr(m), m.double_year(), type(m + timedelta(1)).__name__, type(m.replace(day=2)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)

show(lambda: date(2020.0, 1, 1))
show(lambda: date("2020", 1, 1))
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(2020, 13, 1))
show(lambda: date(2020, 0, 1))
show(lambda: date(2021, 2, 29))
show(lambda: date(2020, 4, 31))
show(lambda: date(2020, 1, 0))
show(lambda: date.fromisoformat("2020-13-01"))
show(lambda: date.fromisoformat("2020-1-01"))
show(lambda: date.fromisoformat("2020-01-01T00"))
show(lambda: date.fromisoformat(5))
show(lambda: date.fromisocalendar(2020, 54, 1))
show(lambda: date.fromisocalendar(2020, 5, 8))
show(lambda: date.fromisocalendar(0, 5, 1))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date(9999, 12, 31) + timedelta(1))
show(lambda: date(1, 1, 1) - timedelta(1))
show(lambda: date.fromordinal(0))
show(lambda: date(2020, 1, 1).replace(month=13))
show(lambda: date(2020, 1, 1).strftime(5))
show(lambda: format(date(2020, 1, 1), 5))
show(lambda: date(2020, 1, 1) < datetime.datetime(2020, 1, 1))
print(date(2020, 1, 1) == datetime.datetime(2020, 1, 1))
