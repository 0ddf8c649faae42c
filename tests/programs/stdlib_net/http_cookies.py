# http.cookies: SimpleCookie parsing and output, Morsel attributes.
from http import cookies

c = cookies.SimpleCookie()
c["session"] = "abc123"
c["session"]["path"] = "/"
c["session"]["httponly"] = True
c["session"]["max-age"] = 3600
c["theme"] = "dark mode; yes"
c["theme"]["domain"] = "example.com"
c["theme"]["samesite"] = "Lax"
print(c.output())
print(c)
print(repr(c))
print(c.output(attrs=["path"], header="Cookie:", sep="; "))
print(repr(c["session"]), c["session"].value, c["theme"].coded_value)
print(c["session"]["path"], c["session"].key, c["session"].isReservedKey("Path"))

d = cookies.SimpleCookie('a=1; b="quoted \\"value\\""; c=plain')
print(sorted(d.keys()), d["b"].value, d["b"].coded_value)
e = cookies.SimpleCookie()
e.load('id=42; Path=/app; Secure; HttpOnly; expires=Wed, 09 Jun 2021 10:18:14 GMT')
print(e["id"].value, e["id"]["path"], e["id"]["secure"], e["id"]["httponly"], e["id"]["expires"])
print(e.output())
f = cookies.SimpleCookie({"x": "1", "y": 2})
print(f.output(header="", sep="|"))
try:
    c["session"]["bogus"] = 1
except cookies.CookieError as err:
    print("CookieError", err)
try:
    cookies.Morsel().set("expires", "v", "v")
except cookies.CookieError as err:
    print("CookieError", err)
try:
    cookies.Morsel().set("bad key", "v", "v")
except cookies.CookieError as err:
    print("CookieError", err)
m = cookies.Morsel()
m.set("k", "v", "v")
m2 = m.copy()
print(m == m2, m2.OutputString())
print(cookies._quote("needs\x01escape"), cookies._unquote('"a\\054b"'))
g = cookies.SimpleCookie("$Version=1; name=val; $Path=/x")
print(g["name"]["path"], g.output())
print(len(cookies.SimpleCookie("bad cookie string ;;;")))
