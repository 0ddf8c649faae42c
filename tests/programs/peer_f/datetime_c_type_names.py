# datetime's types are C types in CPython: messages name them 'datetime.date' and so on,
# while __name__ stays short and subclasses keep their own names.
import datetime


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


day = datetime.date(2021, 3, 4)
moment = datetime.datetime(2021, 3, 4, 5, 6)
span = datetime.timedelta(hours=2)
clock = datetime.time(7, 8)
zone = datetime.timezone.utc

for cls in (datetime.date, datetime.datetime, datetime.time, datetime.timedelta,
            datetime.timezone, datetime.tzinfo):
    show(cls.__name__ + ' class attr', lambda: cls.missing)
    print(cls.__name__, cls.__qualname__, cls.__module__)

show('date attr', lambda: day.missing)
show('time attr', lambda: clock.missing)
show('zone attr', lambda: zone.missing)
show('date + str', lambda: day + 'x')
show('int - timedelta', lambda: 3 - span)
show('datetime < int', lambda: moment < 1)
show('len(timedelta)', lambda: len(span))
show('call date', lambda: day())
show('iter time', lambda: iter(clock))
show('subscript', lambda: day[0])


class MyDate(datetime.date):
    pass


show('subclass attr', lambda: MyDate(2000, 1, 1).missing)
show('subclass class attr', lambda: MyDate.missing)
print(type(day).__name__, repr(type(moment)), repr(span))
