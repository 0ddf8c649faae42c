d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d | {"w": 0, "x": 9}, {"q": 1} | d, dict.fromkeys(["a", "b"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
e = dict(d)
e |= {"n": 5}
e |= [("m", 6)]
print(e)
try:
    d | [("a", 1)]
except TypeError as err:
    print("TypeError", err)
class D(dict):
    pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1], 2))
