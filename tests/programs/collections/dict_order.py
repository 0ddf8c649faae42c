d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 99
print(list(d.items()))
for k, v in d.items():
    print(k, v)
for k in d:
    print(k, end=" ")
print()
for i, (k, v) in enumerate(sorted(d.items(), key=lambda kv: kv[1])):
    print(i, k, v)
inv = {v: k for k, v in d.items()}
print(inv)
squares = {x: x * x for x in range(8) if x % 2}
print(squares)
keys = list(d.keys())
vals = list(d.values())
print(keys, vals, list(reversed(d)))
dv = d.keys()
d["new"] = 1
print(list(dv), len(dv))
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
m = {1: "one", 1.0: "float one", True: "true"}
print(m)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"]["c"])
