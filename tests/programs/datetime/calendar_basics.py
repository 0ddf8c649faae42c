import calendar


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 2100)])
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1, 1, 1), calendar.weekday(12000, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12))
show(lambda: calendar.monthrange(2024, 13))
show(lambda: calendar.weekday(2024, 2, 30))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name))
print(calendar.month_name[1:4], calendar.day_abbr[-1])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.monthcalendar(2024, 2))
print(calendar.timegm((2001, 9, 9, 1, 46, 40, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.month(2024, 2))
print(calendar.month(2024, 3, 3, 2))
print(calendar.calendar(2024))
calendar.prmonth(1999, 12)
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
c = calendar.Calendar(6)
print(list(c.iterweekdays()), c.getfirstweekday())
print(c.monthdayscalendar(2024, 9))
print(c.monthdays2calendar(2024, 9)[0])
print(c.monthdatescalendar(2024, 9)[0][0], list(c.itermonthdays3(2024, 9))[:2])
print(list(c.itermonthdays4(2024, 9))[-1], len(c.yeardayscalendar(2024)), len(c.yeardatescalendar(2024, 4)))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
tc.setfirstweekday(8)
print(tc.firstweekday)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9)[0])
calendar.setfirstweekday(0)
show(lambda: calendar.setfirstweekday(7))
print(issubclass(calendar.IllegalMonthError, ValueError))
