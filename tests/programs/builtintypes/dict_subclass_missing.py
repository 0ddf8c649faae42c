class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d["a"], d["xyz"], d, d.get("nope"), "nope" in d, d.get("xyz"))
class NoMiss(dict):
    pass
try:
    NoMiss()["k"]
except KeyError as e:
    print("KeyError", e)
print(dict.__getitem__(Default(k=2), "k"))
try:
    dict.__getitem__(Default(), "zz")
except KeyError as e:
    print("KeyError", e)
