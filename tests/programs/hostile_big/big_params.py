# A function (and a lambda) with 70000 parameters, called positionally and through *args.
n = 70000
params = ", ".join(f"p{i}" for i in range(n))
ns = {}
exec(f"def f({params}):\n    return p0 + p{n-1} + p65535 + p65534\n", ns)
f = ns["f"]
print(f(*range(n)))
print(f.__code__.co_argcount, f.__code__.co_nlocals, f.__code__.co_varnames[-1])
try:
    f(*range(n - 1))
except TypeError as e:
    print(e)
try:
    f(*range(n + 1))
except TypeError as e:
    print(e)
lam = eval(f"lambda {params}, *rest: (p{n-1} - p0, rest)")
print(lam(*range(n + 2)))
exec(f"def d({params}, last=5):\n    return p{n-1} + last\n", ns)
print(ns["d"](*range(n)), ns["d"](*range(n), last=7))
