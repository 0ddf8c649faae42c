from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urlencode,
                          quote, quote_plus, unquote, unquote_plus, parse_qs, parse_qsl,
                          urldefrag, quote_from_bytes, unquote_to_bytes, SplitResult, ParseResult)
import urllib.parse

urls = [
    "http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag",
    "https://www.python.org/doc/",
    "//netloc/path",
    "mailto:someone@example.com",
    "file:///etc/passwd",
    "http://[::1]:80/x",
    "http://[fe80::1%25eth0]/",
    "path/only?x#y",
    "HTTP://h/p;a;b",
    "  http://h/\tp\n",
    "http://h:/",
    "a1+b.c-d:rest",
    "1abc:x",
    "",
    "http://host?#",
    "svn+ssh://u@h/repo",
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print(" ", p)
    print(" ", s)
    print("  host", p.hostname, "port", p.port, "user", p.username, "pw", p.password)
    print("  geturl", p.geturl(), "|", s.geturl(), "|", urlunparse(p), "|", urlunsplit(s))

print(urlsplit("x", scheme="https"))
print(urlparse("/a#b", allow_fragments=False))
print(urlsplit(b"http://h/p?q#f"))
b = urlparse(b"http://u@H:1/p")
print(b, b.hostname, b.port, b.username, b.geturl())
print(b.decode())
print(urlsplit("http://h/x").encode())
print(urldefrag("http://a/b#c"), urldefrag("http://a/b").geturl(), urldefrag("http://a/b#c").geturl())
print(urldefrag(b"x#y"))
print(isinstance(p, tuple), ParseResult._fields, SplitResult._fields)
print(p._replace(scheme="ftp").geturl())
print(p._asdict())

for bad in ["http://h:abc/", "http://h:70000/"]:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print("ValueError", e)
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vz]/", "http://[zz::1]/"]:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    urljoin("http://a", b"b")
except TypeError as e:
    print("TypeError", e)

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x",
            "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../",
            "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https://x/y"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin(b"http://a/b/", b"c"))
print(urljoin("mailto:a@b", "c"), urljoin("http://a/b/c/", "../../../.."))

for s in ["abc def", "a/b c", "ü€", "~_.-", "a+b&c=d", ""]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote(b"a b\xff"), quote("é", encoding="latin-1"), quote("a/b", safe=b"/"))
print(quote_plus(b"a b", safe=b"/"), quote_from_bytes(b"\x00/x"), quote_from_bytes(bytearray(b"q r")))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"),
            lambda: quote(5), lambda: quote_from_bytes("s"), lambda: unquote(5), lambda: unquote_to_bytes(5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for s in ["abc%20def", "%e2%82%ac", "%zz%4", "%", "a+b", "%ff", "é%C3%A9", "%41%42"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b"%41b"), unquote("%e9", encoding="latin-1"), unquote("%ff", errors="ignore"))

print(urlencode({"a": 1, "b": "x y", "c": "é&"}))
print(urlencode([("a", [1, 2]), ("b", "xy")], doseq=True))
print(urlencode([("a", [1, 2]), ("b", "xy")]))
print(urlencode({"k": b"\xff v", b"bk": 3}))
print(urlencode({"p": "/x y"}, safe="/", quote_via=quote))
print(urlencode({"a": 5}, doseq=True), urlencode([]))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
try:
    urlencode([1, 2])
except TypeError as e:
    print("TypeError", e)

qs = "a=1&b=2&a=3&c=&d&e=%20x+y&&f=%E2%82%AC"
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qs(b"x=1&y=2"), parse_qsl("a=1;b=2", separator=";"))
for kw in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator="")]:
    try:
        print(parse_qsl("a=1&b&c=3", **kw))
    except ValueError as e:
        print("ValueError", e)
print(urllib.parse.unwrap("<URL:http://x/>"), urllib.parse.uses_netloc[:3])
