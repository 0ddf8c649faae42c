# A function with 40,000 local variables: registers past the 15-bit RK range, used as
# operands of arithmetic, comparisons, fused compare-and-branch, subscripts and calls,
# in loops long enough to be specialized.
n = 40000
pairs = tuple(sorted(tuple(range(n)) * 2))
body = ("    a%d = %d\n" * n) % pairs
body += """    t = 0
    for k in range(300):
        t = t + a39999 * 2 - a39998
        t = t % 1000003
        if a39999 < a39998:
            t = -1
        if k < a39999:
            t += 1
        t += [a39990, a39991][1] - a39991
        a39997 = a39997 + 0.5
    lst = [a39999, a39998, 'x']
    d = {a39999: 'high'}
    s = f'{a39999}-{a39998}'
    w = 0
    while w < a39996 // 10000:
        w += 1
    g = (v for v in (a39999, a0))
    return t, a39997, lst[0] + lst[1], d[39999], s, w, list(g), max(a0, a39999, key=abs)
"""
ns = {}
exec("def big():\n" + body, ns)
print(ns["big"]())
# Many parameters and closures over high locals.
src = "def outer():\n" + ("    b%d = %d\n" * n) % pairs + (
    "    def inner():\n        return b39999 + b0\n    return inner()\n")
exec(src, ns)
print(ns["outer"]())
