def ev(e):
    match e:
        case int() | float():
            return e
        case ("+", l, r):
            return ev(l) + ev(r)
        case ("*", l, r):
            return ev(l) * ev(r)
        case ("-", x):
            return -ev(x)
        case {"let": name, "be": val, "in": body}:
            return ev(subst(body, name, ev(val)))
        case str(name):
            raise NameError(name)
def subst(e, name, val):
    match e:
        case str(n) if n == name:
            return val
        case (op, *args):
            return (op, *[subst(a, name, val) for a in args])
        case _:
            return e
print(ev(("+", 1, ("*", 2, 3))))
print(ev(("-", ("+", 1.5, 1))))
print(ev({"let": "x", "be": 4, "in": ("*", "x", "x")}))
try:
    ev("y")
except NameError as err:
    print("unbound", err)
