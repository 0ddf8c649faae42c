log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
def f(*a, **k):
    return a, k
f(v("a"), v("b"), x=v("c"), y=v("d"))
print(log); log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log, d); log.clear()
r = v("L", 1) + v("R", 2) * v("R2", 3)
print(r, log); log.clear()
lst = [0, 0]
lst[v("idx", 1)] = v("val", 5)
print(lst, log); log.clear()
print(v("x", 1) < v("y", 2) < v("z", 0), log); log.clear()
a = [v(i, i) for i in range(3)]
print(a, log); log.clear()
v("obj", [1, 2]).append(v("arg", 3))
print(log); log.clear()
def default_eval(x=v("default-evaluated-once")):
    return x
default_eval(); default_eval()
print(log)
