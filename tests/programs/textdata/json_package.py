import json
import json.decoder
import json.encoder
from json import JSONDecodeError, JSONDecoder, JSONEncoder

print(json.decoder.JSONDecodeError is json.JSONDecodeError)
print(json.encoder.JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder is JSONDecoder)
print(JSONDecodeError.__module__, JSONDecodeError.__mro__[1].__name__)
print(json.JSONEncoder.__module__, json.JSONDecoder.__module__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.encoder.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, cls=PointEncoder))
print(PointEncoder(indent=2, sort_keys=True).encode({"b": [Point(0, 0)], "a": None}))
print("".join(PointEncoder().iterencode([1, Point(5, 6)])))
try:
    json.dumps({"c": complex(1, 2)}, cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object)
except TypeError as e:
    print("TypeError", e)

pairs = []
dec = json.JSONDecoder(object_pairs_hook=lambda kv: pairs.append(kv) or dict(kv))
print(dec.decode('{"b": 1, "a": {"z": 2, "y": [1, 2]}, "b": 3}'))
print(pairs)
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": 1.5}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2.5, 3]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(dec.raw_decode('[1, 2] tail'))
print(json.loads("NaN", parse_constant=lambda c: "const " + c))

for bad in ['{"a": }', '[1, 2', '', '{"a" 1}', '"abc', '[1,]', '{"a":1} x', 'tru', '\n\n  [1, 2,\n   @]']:
    try:
        json.loads(bad)
    except json.decoder.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print("ValueError", e)

print(json.encoder.encode_basestring_ascii("h\u00e9llo \"q\"\n"))
print(json.encoder.encode_basestring("h\u00e9llo"))


class Strict(JSONDecoder):
    def decode(self, s):
        return ("wrapped", super().decode(s))


print(json.loads("[1]", cls=Strict))
print(json.dumps([1, {"a": [True, False, None]}], separators=(",", ":")))
print(json.dumps({"k": "\u00fc"}, ensure_ascii=False), json.dumps({"k": "\u00fc"}))
print(isinstance(JSONDecodeError("m", "doc", 1), ValueError))
import json, json.decoder
print(json.decoder.scanstring('"abc\\n\\u00e9" tail', 1))
print(json.decoder.scanstring('xx"a\\"b"', 3))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)
try:
    json.decoder.scanstring('"a\x01b"', 1)
except json.JSONDecodeError as e:
    print(e)
print(json.decoder.scanstring('"a\x01b"', 1, False))
print(json.detect_encoding(b'{"a": 1}'), json.detect_encoding('{}'.encode('utf-16-le')), json.detect_encoding(b'\xef\xbb\xbf{}'))
print(json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
