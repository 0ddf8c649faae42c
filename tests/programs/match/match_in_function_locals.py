def f(items):
    out = []
    for it in items:
        match it:
            case ("add", a, b):
                out.append(a + b)
            case ("neg", a):
                out.append(-a)
            case ("stop",):
                break
            case _:
                continue
    return out
print(f([("add", 1, 2), ("neg", 5), "junk", ("stop",), ("add", 9, 9)]))
def g():
    def inner(v):
        match v:
            case [x, *_]:
                return lambda: x
    return inner([10, 20])()
print(g())
