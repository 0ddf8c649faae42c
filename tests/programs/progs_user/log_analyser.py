"""Log-file analyser: re + Counter + datetime."""
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
2023-03-01 08:15:02 INFO  [auth] user=alice action=login ip=10.0.0.1
2023-03-01 08:15:09 WARN  [auth] user=bob action=login-failed ip=10.0.0.2
2023-03-01 08:16:44 INFO  [shop] user=alice action=purchase amount=19.99
2023-03-01 08:17:01 ERROR [shop] user=carol action=purchase amount=5.00 reason="card declined"
2023-03-01 09:01:00 INFO  [auth] user=bob action=login ip=10.0.0.2
2023-03-01 09:05:31 INFO  [shop] user=bob action=purchase amount=120.50
2023-03-01 09:30:12 ERROR [db] timeout after 30s
2023-03-01 10:00:00 INFO  [auth] user=alice action=logout
garbage line here
2023-03-01 10:02:00 DEBUG [shop] cache hit ratio=0.93
"""

LINE_RE = re.compile(
    r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s+(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\]\s+(?P<msg>.*)$"
)
KV_RE = re.compile(r'(\w+)=("[^"]*"|\S+)')

levels = Counter()
per_comp = defaultdict(Counter)
users = Counter()
amounts = []
times = []
bad = 0
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.match(line)
    if not m:
        bad += 1
        print(f"line {lineno}: unparseable: {line!r}")
        continue
    ts = datetime.strptime(m["ts"], "%Y-%m-%d %H:%M:%S")
    times.append(ts)
    levels[m.group("level")] += 1
    per_comp[m["comp"]][m["level"]] += 1
    kv = {k: v.strip('"') for k, v in KV_RE.findall(m["msg"])}
    if "user" in kv:
        users[kv["user"]] += 1
    if "amount" in kv:
        amounts.append(float(kv["amount"]))
    if "reason" in kv:
        print("reason:", kv["reason"])

print("levels:", levels.most_common())
for comp in sorted(per_comp):
    print(f"{comp:>5}: {dict(sorted(per_comp[comp].items()))}")
print("users:", users.most_common(2))
print("total sales: {:.2f} avg {:.3f}".format(sum(amounts), sum(amounts) / len(amounts)))
span = max(times) - min(times)
print("span:", span, span.total_seconds(), "bad:", bad)
gaps = [b - a for a, b in zip(times, times[1:])]
biggest = max(gaps)
print("biggest gap:", biggest, "at", times[gaps.index(biggest)].isoformat())
hourly = Counter(t.strftime("%H:00") for t in times)
for hour, n in sorted(hourly.items()):
    print(hour, "#" * n)
print(re.sub(r"ip=(\d+)\.(\d+)\.\d+\.\d+", r"ip=\1.\2.x.x", LOG.splitlines()[0]))
print(re.split(r"\s*\[|\]\s*", LOG.splitlines()[1]))
print(times[0] + timedelta(hours=1, minutes=30), times[0].strftime("%A %d %B %Y %I:%M %p"))
print(re.findall(r"\b[a-z]+(?==)", LOG)[:6])
