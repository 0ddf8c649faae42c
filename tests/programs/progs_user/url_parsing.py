"""Request parsing with urllib.parse: routes, query strings, quoting."""
from urllib.parse import (urlparse, urlunparse, urlsplit, parse_qs, parse_qsl, urlencode, quote,
                          unquote, quote_plus, unquote_plus, urljoin, urldefrag)

RAW_REQUESTS = [
    "GET /api/v1/users?id=42&fields=name,email&sort=-created HTTP/1.1",
    "GET /search?q=caf%C3%A9+au+lait&page=2&page=3 HTTP/1.1",
    "POST /api/v1/users HTTP/1.1",
    "GET /static/img/logo%20big.png HTTP/1.0",
    "DELETE /api/v1/users/7?force HTTP/1.1",
    "BREW /pot HTTP/1.1",
]

ROUTES = {}


def route(method, prefix):
    def deco(fn):
        ROUTES[(method, prefix)] = fn
        return fn
    return deco


@route("GET", "/api/v1/users")
def get_users(path, query):
    return f"users {query.get('id', ['*'])[0]} fields={query.get('fields', [''])[0].split(',')}"


@route("GET", "/search")
def search(path, query):
    return f"search {query['q']!r} pages={query.get('page')}"


@route("POST", "/api/v1/users")
def create(path, query):
    return "created"


@route("DELETE", "/api/v1/users")
def delete(path, query):
    uid = path.rsplit("/", 1)[-1]
    return f"deleted {uid} force={'force' in query}"


@route("GET", "/static")
def static(path, query):
    return f"file {unquote(path)!r}"


for raw in RAW_REQUESTS:
    method, target, version = raw.split()
    u = urlsplit(target)
    query = parse_qs(u.query, keep_blank_values=True)
    handler = next((fn for (m, p), fn in ROUTES.items() if m == method and u.path.startswith(p)), None)
    status = handler(u.path, query) if handler else "405 Method Not Allowed"
    print(f"{method:<6} {u.path:<28} -> {status}")

u = urlparse("https://user:pw@Example.com:8443/a/b;params?x=1&y=2#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u._replace(query="z=3").geturl(), urlunparse(("http", "h", "/p", "", "q=1", "")))
print(parse_qsl("a=1&b=&c=3&a=4", keep_blank_values=True), parse_qs("a=1&a=2&b=x"))
print(urlencode({"q": "a b&c", "n": 1}), urlencode([("k", ["x", "y"])], doseq=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b+c"), unquote_plus("a+b%2Bc"))
print(urljoin("http://h/a/b/c", "../d"), urljoin("http://h/a/", "/root"), urljoin("http://h/a", "//o/x"))
print(urldefrag("http://h/p#sec"), urlsplit("//host:80/p").port, urlparse("mailto:a@b.c").path)
print(unquote("%E2%82%AC%20%zz"), quote(b"\xff\x00"), urlparse("http://[::1]:8080/").hostname)
try:
    urlparse("http://h:99999/").port
except ValueError as e:
    print("ValueError:", e)
