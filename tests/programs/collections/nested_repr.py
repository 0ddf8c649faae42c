a = [1, [2, [3, [4, []]]], (5, (6,)), {"k": [7, {"x": None}]}]
print(a)
print(repr(a) == str(a))
r = [1, 2]
r.append(r)
print(r)
d = {"self": None}
d["self"] = d
print(d)
x = [[]]
x[0].append(x)
print(x)
t = ([],)
t[0].append(t)
print(t)
m = {"a": [1, "two", 3.0, True, None, ("t",), {"s"}]}
print(m)
print(str(["a", 'b"c', "d'e"]), [1.0, -0.0, 1e16, float("inf")])
e = [[], {}, (), "", set()]
print(e)
p = [d, r]
print(p)
print(len(repr(list(range(100)))))
