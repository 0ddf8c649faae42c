"""JSON pretty-printer using json.dumps with indent/sort_keys/default and custom encoders."""
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from dataclasses import dataclass, asdict


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Pt:
    x: int
    y: int


def default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, Enum):
        return o.name
    if isinstance(o, set):
        return sorted(o)
    if hasattr(o, "__dataclass_fields__"):
        return asdict(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


doc = {
    "name": "report", "when": date(2024, 5, 1), "price": Decimal("9.95"), "color": Color.GREEN,
    "tags": {"b", "a"}, "pt": Pt(1, 2), "nested": {"z": [], "y": {}, "x": [1, [2, [3]]]},
    "unicode": "héllo ☃", "esc": "tab\tquote\"nl\n", "nums": [1, -0.0, 1e100, 3.25, 10**20],
    "flags": [True, False, None], 5: "int key",
}
print(json.dumps(doc, default=default, indent=2, sort_keys=False))
print(json.dumps(doc, default=default, sort_keys=False, ensure_ascii=False))
print(json.dumps({"b": [1, 2], "a": {"d": 1, "c": 2}}, indent="\t", sort_keys=True))
print(json.dumps([1, {"a": 2}], indent=0))
print(json.dumps({"k": [1, 2]}, separators=(",", ":")), json.dumps([], indent=4), json.dumps({}, indent=4))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(json.dumps({"z": 1 + 2j}, cls=Encoder))
try:
    json.dumps({"z": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([float("inf"), float("nan")]))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)


def hook(d):
    if "re" in d and "im" in d:
        return complex(d["re"], d["im"])
    return d


print(json.loads('{"z": {"re": 1.0, "im": 2.0}, "a": [1, 2.5, "x"]}', object_hook=hook))
print(json.loads('[1.1, 2]', parse_float=Decimal), json.loads('{"a":1,"a":2}'))
pairs = json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p)
print(pairs)
for bad in ['{"a": }', '[1, 2', '{"a" 1}', "'single'", '[1,]', '', 'NaN', '"\\x"']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(f"JSONDecodeError: {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
print(json.loads('"\\u00e9\\n"'), json.loads("  [true, null]  "), json.loads("1E3"), json.loads("-0"))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))


def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}{k}:")
                pretty(v, indent + 1)
            else:
                print(f"{pad}{k}: {json.dumps(v)}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}-")
                pretty(v, indent + 1)
            else:
                print(f"{pad}- {json.dumps(v)}")


pretty(json.loads(json.dumps(doc, default=default)))
