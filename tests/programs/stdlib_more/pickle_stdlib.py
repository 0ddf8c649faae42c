# Stdlib types people pickle: bytes equal to CPython's and round trips.
import pickle
import collections
import datetime
import decimal
import fractions
import enum

Pair = collections.namedtuple('Pair', 'left right')


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Flags(enum.IntFlag):
    A = 1
    B = 2


values = [
    collections.OrderedDict([('b', 1), ('a', 2)]),
    collections.deque([1, 2, 3]),
    collections.deque([1], maxlen=4),
    collections.Counter('abracadabra'),
    collections.defaultdict(list, {'k': [1]}),
    collections.defaultdict(None),
    Pair(1, 'two'),
    datetime.date(2020, 2, 29),
    datetime.time(13, 45, 7, 123),
    datetime.datetime(1999, 12, 31, 23, 59, 59, 999999),
    datetime.timedelta(days=-3, seconds=7, microseconds=11),
    datetime.datetime(2021, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc),
    datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST'),
    decimal.Decimal('3.14159'),
    decimal.Decimal('-Infinity'),
    fractions.Fraction(-7, 3),
    Color.RED,
    Color.GREEN,
    Flags.A | Flags.B,
]

for p in range(6):
    print('-- protocol', p)
    for v in values:
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        print(type(back).__name__, back == v, data)
        assert type(back) is type(v)
    dd = pickle.loads(pickle.dumps(collections.defaultdict(list, {'k': [1]}), p))
    dd['new'].append(2)
    print(sorted(dd.items()))
    dq = pickle.loads(pickle.dumps(collections.deque([1], maxlen=4), p))
    print(dq.maxlen, list(dq))
    print(pickle.loads(pickle.dumps(Color.RED, p)) is Color.RED)
