"""Auditing access logs with verbose regular expressions: named groups, lookarounds,
backreferences, re.sub with callables, split with captures, and finditer positions."""
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
192.168.1.10 - alice [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - - [10/Mar/2024:13:56:01 +0000] "POST /login HTTP/1.1" 401 128 "-" "curl/8.0"
10.0.0.5 - - [10/Mar/2024:13:56:03 +0000] "POST /login HTTP/1.1" 401 128 "-" "curl/8.0"
10.0.0.5 - bob [10/Mar/2024:13:56:09 +0000] "POST /login HTTP/1.1" 200 512 "-" "curl/8.0"
172.16.0.2 - - [10/Mar/2024:14:01:10 +0000] "GET /admin/../etc/passwd HTTP/1.1" 403 0 "-" "sqlmap/1.7"
192.168.1.10 - alice [10/Mar/2024:14:02:00 +0000] "GET /search?q=1%27%20OR%201=1 HTTP/1.1" 500 0 "-" "Mozilla/5.0"
bad line without structure
"""

ENTRY = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s-\s
    (?P<user>[\w-]+)\s
    \[(?P<ts>[^\]]+)\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/[\d.]+)"\s
    (?P<status>\d{3})\s(?P<size>\d+)\s
    "(?P<ref>[^"]*)"\s"(?P<agent>[^"]*)"$
""", re.VERBOSE | re.MULTILINE)

SUSPICIOUS = re.compile(r"(?i)(\.\./|%27|\bunion\b|\bor\b\s*1=1|sqlmap)")

entries = [m.groupdict() for m in ENTRY.finditer(LOG)]
print(len(entries), "parsed of", len(LOG.splitlines()), "lines")
for e in entries:
    e["ts"] = datetime.strptime(e["ts"], "%d/%b/%Y:%H:%M:%S %z")
    e["status"] = int(e["status"])
print(Counter(e["status"] // 100 * 100 for e in entries), Counter(e["method"] for e in entries).most_common(1))
fails = defaultdict(list)
for e in entries:
    if e["path"] == "/login" and e["status"] == 401:
        fails[e["ip"]].append(e["ts"])
for ip, times in fails.items():
    print(ip, len(times), "failures within", (times[-1] - times[0]).seconds, "s")
for e in entries:
    hits = SUSPICIOUS.findall(e["path"] + " " + e["agent"])
    if hits:
        print("suspicious:", e["ip"], sorted(set(h.lower() for h in hits)))
masked = re.sub(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b", r"\1.\2.x.x", LOG.splitlines()[0])
print(masked[:40])
print(re.sub(r"(?<=\[)[^\]]+(?=\])", lambda m: m.group()[:11], LOG.splitlines()[1])[:45])
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the regex"))
print(re.split(r"(\s*[;,]\s*)", "a , b;c ;d"), re.split(r"\W+", "Hello, world! Again.", maxsplit=2))
print([(m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", "a1bb22ccc333")])
pw = re.compile(r"^(?=.*[A-Z])(?=.*\d)(?!.*\s).{8,}$")
print([bool(pw.match(p)) for p in ["Passw0rd", "password1", "Sh0rt", "With Space1A", "GOODPASS9"]])
print(re.sub(r"(?P<word>\b\w)(\w*)", lambda m: m["word"].upper() + m[2].lower(), "hELLO wORLD foo"))
tpl = "Dear {name}, your order {order} ships on {date}."
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "order": "#42"}.get(m[1], m[0]), tpl))
print(re.match(r"(a)(b)?(c)", "ac").groups(), re.match(r"(a)(b)?(c)", "ac").groups("-"), re.fullmatch(r"a|ab", "ab"))
print(re.compile(r"(?P<x>\d)").groupindex, re.compile(r"a(b)(c)").groups, re.purge() is None)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, "at", e.pos)
