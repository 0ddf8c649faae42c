import re
from collections import defaultdict
log = """2024-01-15 10:23:45 INFO [web] Request GET /index.html 200 0.023s
2024-01-15 10:23:46 ERROR [db] Connection timeout after 30s
2024-01-15 10:24:01 WARNING [web] Slow request GET /api/users 200 2.5s
2024-01-15 10:24:05 INFO [web] Request POST /api/login 401 0.1s
2024-01-15 10:25:00 ERROR [web] Request GET /missing 404 0.01s
"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<comp>\w+)\] (?P<msg>.*)$", re.M)
counts = defaultdict(int)
for m in pat.finditer(log):
    counts[m["level"]] += 1
    print(m.group("time"), m.group("level").ljust(8), m.groupdict()["comp"], m.span("msg"))
print(dict(counts))
req = re.compile(r"(GET|POST) (\S+) (\d{3}) ([\d.]+)s")
for method, path, status, t in req.findall(log):
    print(method, path, int(status), float(t))
print(re.sub(r"\d+\.\d+s", lambda m: f"<{float(m.group()[:-1])*1000:.0f}ms>", log.splitlines()[0]))
print(re.split(r"[\s\[\]]+", "a [b] c"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@test.com"))
print(re.fullmatch(r"\d+", "123x"), bool(re.match(r"(?i)error", "ERROR x")))
print(re.escape("a.b*c"))
m = re.search(r"(?<=\[)\w+(?=\])", log)
print(m.group(), m.start(), m.end())
print(re.subn(r"a|b", "-", "abcab"))
print(re.compile(r"(\d)(\d)?").match("1").groups(default="z"))
try:
    re.compile("(a")
except re.error as e:
    print("error:", e)
