import io
import marshal

values = [None, True, False, 0, 5, -1, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
          2 ** 100, -2 ** 70, 1.5, -0.0, 1e300, float("inf"), 1 + 2j, "abc", "hello world",
          "h\u00e9llo \u20ac", "", b"", b"xy\x00", (1, 2), (), [1, "a", 1.5], {"k": "v"},
          ("a", "a"), [[1], [2]], frozenset([3]), ..., StopIteration,
          {"nested": [1, (2, 3), {"x": b"y"}], "n": None}, "x" * 300, tuple(range(300))]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        assert back == v or (v != v), (v, version)
        assert type(back) is type(v), (v, version)
for v in [None, True, 5, -1, 2 ** 31, -2 ** 40, 2 ** 100, 1.5, "abc", "hello world",
          "h\u00e9", b"xy", (1, 2), [1, "a", 1.5], {"k": "v"}, ("a", "a"), [[1], [2]],
          1 + 2j, frozenset([1]), ...]:
    print(repr(v), marshal.dumps(v), marshal.dumps(v, 2),
          marshal.dumps(v, 1) if isinstance(v, (float, complex)) else marshal.dumps(v, 0))
print(marshal.loads(marshal.dumps({1, 2, 3})) == {1, 2, 3})
print(marshal.version)
print(marshal.loads(b"i\x05\x00\x00\x00extra"))
print(marshal.loads(bytearray(b"\xe9\x07\x00\x00\x00")))
shared = [1, 2]
data = marshal.dumps([shared, shared])
back = marshal.loads(data)
print(back, back[0] is back[1])
print(marshal.loads(b"\xdb\x02\x00\x00\x00\xfa\x02xyr\x01\x00\x00\x00"))
for bad in [b"", b"i\x01", b"Q", b"(\x02\x00\x00\x00N", b"r\x05\x00\x00\x00",
            b"l\x01\x00\x00\x00\xff\xff", b"[\x03\x00\x00\x00N"]:
    try:
        print(marshal.loads(bad))
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [object(), lambda: 0, [1, object()]]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
for call in [lambda: marshal.dumps(1, "x"), lambda: marshal.loads("str")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
buf = io.BytesIO()
marshal.dump({"a": [1, 2]}, buf)
marshal.dump("second", buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print("EOFError", e)
