d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d["c"])
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9, "a": 11})
d.update(y=8)
d.update([("z", 7)])
print(d)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, "x"), (2, "y")]), dict(zip("ab", [1, 2])), dict({"k": 1}, j=2))
del d["x"]
print(d, "x" in d, "y" in d, "y" not in d)
e.clear()
print(e, bool(e), bool(d))
try:
    d["missing"]
except KeyError as ex:
    print("KeyError:", ex, repr(ex))
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    d.pop("nope")
except KeyError as ex:
    print("KeyError:", ex)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({"a": 1} | {"b": 2}, sorted({"q": 1, "a": 2}))
d2 = {"a": 1}
d2 |= {"c": 3}
print(d2)
