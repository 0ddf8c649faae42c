# Functions with tens of thousands of parameters compile in linear time (the duplicate
# check was a list scan per parameter).
n = 40000
src = "def f(" + ",".join(f"p{i}" for i in range(n)) + "):\n    return p0 + p%d\n" % (n - 1)
d = {}
exec(src, d)
print(d["f"](*range(n)))
src = "f = lambda " + ",".join(f"p{i}={i}" for i in range(n)) + ": p0 + p%d\n" % (n - 1)
exec(src, d)
print(d["f"]())
try:
    exec("def g(a, b, a): pass")
except SyntaxError as e:
    print(e.msg)
