import zoneinfo, pickle, io
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone

def show(dt):
    print(dt.isoformat(), dt.fold, dt.utcoffset(), dt.dst(), dt.tzname())

ny = ZoneInfo("America/New_York")
print(ny, repr(ny), ny.key, ZoneInfo("America/New_York") is ny, ZoneInfo.no_cache("America/New_York") is ny)
for args in [(2020, 1, 15, 12), (2020, 7, 15, 12), (2020, 3, 8, 2, 30), (2020, 3, 8, 3, 30),
             (2020, 11, 1, 1, 30), (1800, 1, 1), (1950, 6, 1), (2040, 7, 4, 9), (2100, 12, 31, 23, 59)]:
    show(datetime(*args, tzinfo=ny))
    show(datetime(*args, tzinfo=ny, fold=1))
for utc in [datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc), datetime(2020, 11, 1, 6, 30, tzinfo=timezone.utc),
            datetime(2020, 3, 8, 6, 59, tzinfo=timezone.utc), datetime(2020, 3, 8, 7, 0, tzinfo=timezone.utc),
            datetime(2045, 11, 5, 5, 30, tzinfo=timezone.utc), datetime(2045, 11, 5, 6, 30, tzinfo=timezone.utc),
            datetime(1850, 1, 1, tzinfo=timezone.utc)]:
    show(utc.astimezone(ny))
for key in ["Europe/London", "Europe/Paris", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata", "UTC",
            "America/Sao_Paulo", "Pacific/Chatham", "Africa/Casablanca", "Europe/Dublin", "Asia/Kathmandu",
            "America/St_Johns", "Pacific/Apia", "Antarctica/Troll", "Etc/GMT+5"]:
    z = ZoneInfo(key)
    for args in [(1900, 1, 1), (1970, 1, 1), (2000, 6, 30, 12), (2023, 1, 10, 8), (2023, 7, 10, 8), (2060, 3, 1), (2060, 9, 1)]:
        d = datetime(*args, tzinfo=z)
        print(key, d.isoformat(), d.utcoffset(), d.dst(), d.tzname(), datetime(*args, tzinfo=timezone.utc).astimezone(z).isoformat())
t = datetime(2022, 1, 1, tzinfo=timezone.utc)
for i in range(0, 400 * 24, 97):
    x = t + timedelta(hours=i)
    a = x.astimezone(ZoneInfo("Europe/Berlin"))
    b = a.astimezone(timezone.utc)
    assert b == x, (x, a, b)
print("roundtrip ok")
print(ny.utcoffset(None), ZoneInfo("UTC").utcoffset(None), ny.tzname(None))
for bad in ["Nowhere/Zone", "/etc/passwd", "../etc", "America//New_York"]:
    try:
        ZoneInfo(bad)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError))
print(pickle.loads(pickle.dumps(ny)) is ny)
with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    tk = ZoneInfo.from_file(f, key="Tokyo-file")
print(tk, datetime(2020, 1, 1, tzinfo=tk).utcoffset())
zs = zoneinfo.available_timezones()
print(len(zs) > 300, "America/New_York" in zs, "posixrules" in zs, "right/UTC" in zs)
print(zoneinfo.TZPATH)
try:
    zoneinfo.reset_tzpath("x")
except TypeError as e:
    print("TypeError", e)
try:
    zoneinfo.reset_tzpath(["rel"])
except ValueError as e:
    print("ValueError", e)
ZoneInfo.clear_cache()
print(ZoneInfo("America/New_York") is ny)
