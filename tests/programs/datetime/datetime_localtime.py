# Local-time conversions checked against each other, so the output holds in any time zone.
import time
from datetime import datetime, date, timedelta, timezone

for ts in (0, 86399.5, 1e9, 1234567890.123456, 1700000000, 1730613600, 1710054000, -86400 * 365):
    d = datetime.fromtimestamp(ts)
    lt = time.localtime(int(ts // 1))
    print(ts, (d.year, d.month, d.day, d.hour, d.minute, d.second) == tuple(lt[:6]),
          d.timestamp() == ts, d.microsecond)
    aw = d.astimezone()
    print(aw.utcoffset() == timedelta(seconds=lt.tm_gmtoff), aw.tzname() == lt.tm_zone,
          aw.timestamp() == ts, aw == datetime.fromtimestamp(ts, timezone.utc))
print(date.fromtimestamp(1e9) == datetime.fromtimestamp(1e9).date())
print(datetime.now().astimezone().tzinfo is not None, datetime.now(timezone.utc) - datetime.now().astimezone() < timedelta(seconds=5))
n = datetime.now()
print(n.timestamp() - time.time() < 5, date.today() == n.date() or date.today() > n.date())
print(time.mktime(datetime(2020, 6, 1, 12).timetuple()) == datetime(2020, 6, 1, 12).timestamp())
print(datetime(2020, 6, 1, 12).timetuple().tm_isdst, datetime(2020, 6, 1, 12, tzinfo=timezone.utc).timetuple().tm_isdst)
print(time.ctime(1e9) == datetime.fromtimestamp(1e9).ctime())
