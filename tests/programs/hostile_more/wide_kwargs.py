# Calls with very many keyword arguments (CPython's own compile time grows with the
# square of their number, so 20,000 here).
n = 20000
r = tuple(range(n))


def f(*a, **k):
    return len(a), len(k), k.get("k19999")


kws = ("k%d=%d," * n) % tuple(sorted(r * 2))
print(eval("f(" + kws + ")", {"f": f}))
print(eval("f(1, 2, " + ("k%d='%d'," * n) % tuple(sorted(r * 2)) + " *[3])", {"f": f}))
try:
    compile("f(" + kws + " k5=1)", "s", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
