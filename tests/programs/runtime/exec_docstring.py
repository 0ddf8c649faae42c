d = {}
exec('"module doc"\nx = 1', d)
print(d["__doc__"], d["x"])
d2 = {"__name__": "fake"}
exec("def f(): pass\nname = f.__module__", d2)
print(d2["name"])
