# json.loads/load: values, hooks, JSONDecoder, and CPython's JSONDecodeError details.
import json
import io
from collections import OrderedDict

print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": {}}, "d": []}'))
print(json.loads('  [ 1 ,\n\t2 ]  '), json.loads('"str"'), json.loads('-12'), json.loads('1.5e3'))
print(json.loads('[0, -0, -0.0, 1E2, 1e-2, 2.5E+3, 12345678901234567890123, 1.7976931348623157e308]'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('"\\u00e9\\u2603\\ud83d\\ude00 \\"\\\\\\/\\b\\f\\n\\r\\t"'))
print(json.loads('"h\u00e9llo \U0001f600"'), json.loads(b'{"k": "\xc3\xa9"}'))
print(json.loads(bytearray(b'\xef\xbb\xbf[1]')), json.loads('[1]'.encode('utf-16')), json.loads('[2]'.encode('utf-16-le')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, 3e1]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('"a\tb"', strict=False), repr(json.loads('"\x01"', strict=False)))
dec = json.JSONDecoder()
print(dec.decode(' {"x": 1} '), dec.raw_decode('[1] tail'), dec.raw_decode('xx"é" [2]', 2))
print(dec.raw_decode('"é" 5', 4))
print(json.load(io.StringIO('{"from": "file"}')))


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))

for s in ['', '[', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1,}', '{"a" 1}', '{1:2}',
          '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', 'nul', '1 2', '-',
          '01', '1.', '1e', '[1,\n 2,\n x]', '\ufeff[]', '{"a":1 "b":2}', '[1}', 'tru',
          '  ', '1.5e+', '{"a":1}x', '["é", x]', '\n\n  ]', '"\\', '[-]', '{"a":1,"b"}']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)

for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print('RecursionError')
print(json.loads(json.dumps({"round": ["trip", 1.25, None, {"deep": [True]}]})))
