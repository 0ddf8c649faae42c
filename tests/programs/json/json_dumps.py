# json.dumps/dump: every option, floats, escapes, custom encoders.
import json
import io

data = {"name": "kestrel", "n": 3, "pi": 3.14159, "ok": True, "none": None,
        "list": [1, 2.5, "x", False, [], {}], "nested": {"a": {"b": [1, {"c": None}]}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=1, separators=(", ", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps("héllo \u2603 \U0001f600 \"q\" \\ / \n\t\r\b\f \x00 \x1f \x7f"))
print(json.dumps("héllo \u2603 \U0001f600", ensure_ascii=False))
print(json.dumps({"é": 1}), json.dumps({"é": 1}, ensure_ascii=False))
print(json.dumps([0.1, 1e16, 1e-7, -0.0, 1.0, 123456789.123, 2**70, -2**64, 1.5e300]))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps((1, 2, (3,))), json.dumps("plain"), json.dumps(5), json.dumps(None))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyFloat(float):
    pass


print(json.dumps([MyList([1, 2]), MyDict(a=1), MyStr("s"), MyInt(7), MyFloat(2.5)]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no")


print(json.dumps([Point(1, 2), Point(3, Point(4, 5))], default=enc_point))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(0, 0)]))
print("".join(PointEncoder().iterencode({"a": [Point(1, 1)]})))
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode({"b": [1, 2], "a": None}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder().encode("x\ny"))
buf = io.StringIO()
json.dump({"a": [1, 2, 3]}, buf, indent=2)
print(buf.getvalue())


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = []
a.append(a)
d = {}
d["self"] = d
show(lambda: json.dumps(a))
show(lambda: json.dumps(d))
show(lambda: json.dumps({"k": [1, {"k": a}]}))
show(lambda: json.dumps([a], check_circular=False) if False else "skipped")
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps(object()))
show(lambda: json.dumps(b"x"))
show(lambda: json.dumps({1, 2}))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps({"a": float("inf")}, allow_nan=False))
show(lambda: json.dumps({1: 2, "a": 3}, sort_keys=True))
show(lambda: json.dumps([1], indent=2.5))
show(lambda: json.dumps(Point(1, 2), cls=PointEncoder, indent=2))
shared = [1]
print(json.dumps([shared, shared]))


class Endless:
    pass


try:
    json.dumps(Endless(), default=lambda o: [Endless()])
except RecursionError:
    print('RecursionError')
deep = []
for _ in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print('RecursionError deep')
