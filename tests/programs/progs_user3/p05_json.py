import json
from datetime import date, datetime
data = {"name": "Test", "values": [1, 2.5, None, True, False], "nested": {"a": "é", "b": [1e100, -0.0, 1.0/3]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=4, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")))
print(json.loads(s) == data)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        return super().default(o)
print(json.dumps({"d": date(2024, 2, 29)}, cls=Enc))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
for bad in ['{"a": 1,}', '[1, 2', 'nul', '{"a" 1}', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno, "|", e)
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1,2]', object_hook=None))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a":1,"a":2}', object_pairs_hook=list))
print(json.dumps("\u2603\n\t\"x"), json.dumps(float("inf")))
print(json.dumps({1: 2, None: 3, 2.5: 1, True: 0}))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.loads("NaN"), json.loads('"\\ud83d\\ude00"'))
