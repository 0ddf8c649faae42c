from types import MappingProxyType
d = {"a": 1, "b": 2}
mp = MappingProxyType(d)
print(mp["a"], len(mp), list(mp), "b" in mp, mp.get("z", 0))
d["c"] = 3
print(len(mp), sorted(mp.keys()), sorted(mp.values()), sorted(mp.items()))
try:
    mp["x"] = 1
except TypeError as e:
    print(e)
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(e)
c = mp.copy()
c["new"] = 1
print(type(c).__name__, "new" in mp)
print(type(type.__dict__) is MappingProxyType)
