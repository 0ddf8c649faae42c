def f():
    x = 1
    exec("x = 2")
    print(x)
    ns = {}
    exec("y = 5", globals(), ns)
    print(ns["y"])
    loc = locals()
    exec("w = 7", None, loc)
    print(loc["w"])
f()
def g():
    a = 3
    return eval("a * 2")
print(g())
