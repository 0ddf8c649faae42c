import re
from collections import Counter, defaultdict, OrderedDict
from datetime import datetime, timedelta

LOG = """\
2024-03-01 10:00:01 INFO  [web] GET /index.html 200 0.012s user=alice
2024-03-01 10:00:03 INFO  [web] GET /about 200 0.020s user=bob
2024-03-01 10:01:15 WARN  [db] slow query took 1.250s
2024-03-01 10:02:00 ERROR [web] GET /api/items 500 0.300s user=alice
2024-03-01 10:02:30 INFO  [web] POST /api/items 201 0.045s user=carol
2024-03-01 11:15:00 ERROR [auth] invalid token for user=dave
2024-03-01 11:15:05 INFO  [web] GET /index.html 304 0.002s user=dave
2024-03-01 12:00:00 DEBUG [cache] evicted 12 keys
2024-03-02 09:30:00 INFO  [web] GET /api/items 200 0.030s user=bob
malformed line here
2024-03-02 09:45:10 WARN  [web] GET /old 301 0.001s user=alice
"""

LINE_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$"
)
REQ_RE = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<dur>\d+\.\d+)s")
USER_RE = re.compile(r"user=(\w+)")

levels = Counter()
components = defaultdict(int)
users = Counter()
status = Counter()
durations = []
stamps = []
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.match(line)
    if not m:
        bad += 1
        print(f"line {n}: cannot parse {line!r}")
        continue
    levels[m["level"]] += 1
    components[m.group("comp")] += 1
    ts = datetime.strptime(f"{m['date']} {m['time']}", "%Y-%m-%d %H:%M:%S")
    stamps.append(ts)
    if r := REQ_RE.search(m["msg"]):
        status[r["status"][0] + "xx"] += 1
        durations.append((float(r["dur"]), r["path"]))
    users.update(USER_RE.findall(line))

print("levels:", levels.most_common())
print("components:", dict(sorted(components.items())))
print("users:", sorted(users.items()), users.most_common(1))
print("status:", sorted(status.items()))
print("slowest:", max(durations), "fastest:", min(durations))
span = stamps[-1] - stamps[0]
print("span:", span, span.total_seconds(), span.days)
by_hour = OrderedDict()
for ts in stamps:
    key = ts.strftime("%a %d %b %H:00")
    by_hour[key] = by_hour.get(key, 0) + 1
for k, v in by_hour.items():
    print(f"  {k}: {v}")
print("bad lines:", bad)
print(re.sub(r"user=(\w+)", lambda m: "user=" + m[1][0].upper() + "***", LOG.splitlines()[0]))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "2024-03-01 and 2024-12-25"))
print(re.split(r"[;,\s]+", "a, b;c  d,,e"))
print(re.findall(r"\b(\w)(\w*)\1\b", "anna bob civic deed level noon xyz"))
print([m.span() for m in re.finditer(r"o+", "foo boo ooo")])
print(re.fullmatch(r"[a-z]+\d*", "abc123"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $42.50!").group())
print(re.match(r"(?i)hello", "HeLLo world").group(0))
print(re.escape("a.b*c"), re.compile(r"\d+", re.I).pattern)
print((datetime(2024, 3, 1) + timedelta(days=30, hours=5)).isoformat())
print(datetime(2024, 2, 29).replace(year=2028).strftime("%j %U %A %B %y %p %I"))
print(datetime.fromisoformat("2024-03-01T10:00:01").weekday(), timedelta(seconds=3725))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
