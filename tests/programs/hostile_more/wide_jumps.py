# Jump offsets past 16 bits: compare-and-branch over a body of more than 32,767
# instructions, loops with such bodies, break and continue out of them.
n = 40000
stmts = ("        x49 = %d\n" * n) % tuple(range(n))
src = f"""
def f(a, b):
    r = []
    if a < b:
{stmts}        r.append('less')
    else:
        r.append('not less')
    for i in range(3):
        if i == 1:
            continue
{stmts}        r.append(i)
        if i == 2:
            break
    j = 0
    while j < 2:
        j += 1
{stmts}    r.append(j)
    return r, x49
"""
ns = {}
exec(src, ns)
print(ns["f"](1, 2))
print(ns["f"](2, 1))
# A long and/or chain of distinct names: 100,000 terms.
m = 100000
r = tuple(range(m))
ns = dict(zip(("v%d," * m % r).split(",")[:-1], range(1, m + 1)))
print(eval(("v%d and " * m) % r + "1", ns))
print(eval(("v%d - %d or " * m) % (tuple(sorted(r * 2))[1:] + (m,)) + "'none'", ns))
