import tomllib
from decimal import Decimal

doc = '''
# A configuration
title = "TOML \\"example\\" \\u00e9"
literal = 'C:\\path\\no escape'
multi = """
Roses are red
Violets are \\
    blue"""
raw_multi = \'\'\'
first line
  second\'\'\'
int = +1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
neg = -17
flt = 6.626e-34
pi = 3.1415
infinity = inf
ok = true
off = false
dt = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local_dt = 1979-05-27T07:32:00.999999
day = 1979-05-27
clock = 07:32:00
arr = [1, 2, 3,]
nested = [[1, 2], ["a", 'b'], [ ]]
multiline_arr = [
  "x",  # comment
  "y",
]
point = { x = 1, y = 2, sub.z = 3 }
dotted.key.here = "v"
"quoted key" = 1

[server]
host = "localhost"
ports = [8000, 8001]

[server.tls]
enabled = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[a.b.c]
d = 1
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(k, repr(v))
print(tomllib.loads("x = 0.1", parse_float=Decimal))
print(tomllib.loads(""))

bad = [
    "x = ", "x = 1\nx = 2", "[t]\n[t]", "x = 'unterminated", "x = [1, 2",
    "= 1", "x = 1 y = 2", "x = {a = 1", "x = 1979-13-01", "a.b = 1\na = 2",
    "x = \"bad \\q escape\"", "[[t]]\n[t]", "x = {a=1}\n[x]",
]
for text in bad:
    try:
        tomllib.loads(text)
        print("no error", repr(text))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", repr(text))
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError", e)
import io
print(tomllib.load(io.BytesIO(b"a = [1, {b = 2}]")))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
