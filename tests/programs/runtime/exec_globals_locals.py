g = {"a": 1}
l = {"b": 2}
exec("c = a + b", g, l)
print(sorted(l), "c" in g)
exec("global d\nd = 99", g, l)
print(g["d"], "d" in l)
exec("def h():\n    return a\nr = h()", g, l)
print(l["r"])
try:
    exec("def h2():\n    return b\nh2()", g, l)
except NameError as e:
    print("NameError", e)
