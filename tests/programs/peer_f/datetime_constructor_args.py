# datetime constructors parse arguments as CPython's C code does: the same checks, in
# the same order, with the same wording.
import datetime as dt


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


td0 = dt.timedelta(0)
show('date kw ok', lambda: dt.date(month=2, day=3, year=2001))
show('date missing month', lambda: dt.date(2001))
show('date missing day via kw', lambda: dt.date(2001, 2, hour=1))
show('date too many', lambda: dt.date(2001, 2, 3, 4))
show('date kw too many', lambda: dt.date(year=1, month=2, day=3, extra=4))
show('date pos and kw', lambda: dt.date(2001, 2, 3, year=4))
show('date unknown kw', lambda: dt.date(2001, 2, 3) and dt.date(2001, 2, day=3, bogus=1))
show('date none', lambda: dt.date())
show('datetime kw', lambda: dt.datetime(2001, 2, 3, minute=5, fold=1))
show('datetime tz kw', lambda: dt.datetime(2001, 2, 3, tzinfo=dt.timezone.utc))
show('datetime 9 positional', lambda: dt.datetime(2001, 2, 3, 4, 5, 6, 7, None, 0))
show('datetime dup', lambda: dt.datetime(2001, 2, 3, 4, hour=5))
show('datetime unknown', lambda: dt.datetime(2001, 2, 3, nope=1))
show('datetime missing day', lambda: dt.datetime(2001, month=2))
show('time defaults', lambda: dt.time())
show('time kw', lambda: dt.time(second=9, fold=1))
show('time 6 positional', lambda: dt.time(1, 2, 3, 4, None, 0))
show('time unknown', lambda: dt.time(1, minutes=2))
show('time dup', lambda: dt.time(1, hour=2))
show('timezone ok', lambda: dt.timezone(td0, name='Z'))
show('timezone none', lambda: dt.timezone())
show('timezone dup', lambda: dt.timezone(td0, offset=td0))
show('timezone three', lambda: dt.timezone(td0, 'A', 'B'))
show('timezone unknown', lambda: dt.timezone(td0, label='A'))
show('timezone kw only', lambda: dt.timezone(offset=td0, name='A', x=1))

# timedelta's C name for its argument errors is __new__().
show('timedelta kw', lambda: dt.timedelta(hours=1.5, weeks=1))
show('timedelta all positional', lambda: dt.timedelta(1, 2, 3, 4, 5, 6, 7))
show('timedelta unknown', lambda: dt.timedelta(bogus=1))
show('timedelta eight', lambda: dt.timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show('timedelta dup', lambda: dt.timedelta(1, days=2))
show('timedelta many kw', lambda: dt.timedelta(days=1, seconds=1, microseconds=1, milliseconds=1,
                                               minutes=1, hours=1, weeks=1, extra=1))
