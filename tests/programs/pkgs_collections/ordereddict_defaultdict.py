from collections import OrderedDict, defaultdict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(reversed(od)), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(list(od))
od.move_to_end("e", last=False)
print(list(od), list(od.keys()), list(od.values()), list(od.items())[:2])
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(y) == x, x != y, x == {"a": 1, "b": 2})
print(x | {"c": 3}, {"z": 0} | x, type(x | {}).__name__, x.copy(), type(x.copy()).__name__)
x |= {"d": 4}
print(x, isinstance(x, dict), OrderedDict(), repr(OrderedDict([(1, 2)])))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    hash(OrderedDict())
except TypeError as e:
    print("TypeError")
print(x.setdefault("e", 5), x.pop("a"), x.get("zz", "dflt"), len(x), "b" in x)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd["a"], len(dd), dd.default_factory, isinstance(dd, dict))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
counts = defaultdict(int)
for w in "a b a c a".split():
    counts[w] += 1
print(sorted(counts.items()), counts.copy(), type(counts.copy()).__name__)
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
print(counts.get("zz"), "zz" in counts, dd | {"c": [9]}, type(dd | {}).__name__)
def factory():
    return "made"
print(defaultdict(factory)["k"], repr(defaultdict(factory)).startswith("defaultdict(<function factory"))
class Sub(defaultdict):
    pass
print(Sub(list, a=[1]))
