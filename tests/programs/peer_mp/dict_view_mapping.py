# Dict views have .mapping: a live read-only proxy of their dict.
d = {"a": 1}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m["a"], len(m))
d["b"] = 2
print(sorted(d.keys().mapping), d.items().mapping.get("b"))
try:
    d.keys().mapping["c"] = 3
except TypeError as e:
    print("TypeError", e)
