d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}))
print(list(zip(d.keys(), d.values())))
for key, val in d.items():
    d[key] = val * 10
print(d)
print(sum(d.values()), max(d.items(), key=lambda kv: kv[1]))
e = dict(d)
print(e == d, e is d)
del e["a"]
print(e != d, list(e))
print(dict(sorted(d.items(), key=lambda kv: -kv[1])))
print(list(reversed(d.keys())), list(reversed(d.values())))
