from collections import ChainMap, UserDict, UserList, UserString
import collections
import collections.abc as abc

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], len(cm), list(cm), sorted(cm.items()), "c" in cm, cm.get("zz", 0))
cm["d"] = 4
print(over, cm.maps[0] is over)
del cm["d"]
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"a": 100})
print(child["a"], child.parents, child.parents["a"], len(child.maps))
print(cm.new_child(), cm.new_child(x=1).maps[0])
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys("ab", 0))
try:
    ChainMap()["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}, {"k": 1}).pop("k")
except KeyError as e:
    print("KeyError", e)
print(cm.copy(), cm | {"z": 1}, {"y": 0} | cm, isinstance(cm, abc.MutableMapping))
print(cm == {"a": 1, "b": 20, "c": 30}, dict(cm))


class D(UserDict):
    def __missing__(self, key):
        return key * 2


u = D({"x": 1}, y=2)
print(u, u["x"], u["q"], len(u), "x" in u, sorted(u), u.data, u.get("x"), u.get("zz", "no"))
u["z"] = 3
del u["x"]
print(u, u | {"k": 0}, type(u.copy()).__name__, isinstance(u, abc.MutableMapping), u == {"y": 2, "z": 3})
print(UserDict(a=1).pop("a"), UserDict.fromkeys([1, 2]), UserDict(), UserDict({1: 1}).setdefault(2, 5))
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul.pop(), ul)
ul.extend(UserList([7]))
ul.insert(0, -1)
ul.remove(7)
ul.reverse()
print(ul, ul.index(1), ul.count(1), 2 in ul, ul == [2, 1, 0, -1], ul < [3], ul.copy(), UserList())
ul += [5]
ul *= 2
print(ul, isinstance(ul, abc.MutableSequence), ul.data is not None)
try:
    ul.remove(99)
except ValueError as e:
    print("ValueError", e)

us = UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us.lower(), us[1:3], us + "!", "<" + us)
print(len(us), "ell" in us, us.find("l"), us.count("l"), us.startswith("He"), us.split("l"), us * 2)
print(us == "Hello", us < "Z", us.replace("l", "L"), us.center(9, "*"), us.isalpha(), us.strip("Ho"))
print(sorted([UserString("b"), UserString("a")]), hash(us) == hash("Hello"), int(UserString("42")) + 1)
print(UserString(5), UserString("%s-%s") % ("a", "b"), us.join(["1", "2"]), us.zfill(8))
print(collections.ChainMap is ChainMap, sorted(collections.__all__))
try:
    collections.Nothing
except AttributeError as e:
    print("AttributeError", e)
import collections as c2
print(c2.abc.Mapping.__name__)
