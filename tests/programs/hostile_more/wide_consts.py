# Code objects with more than 65,535 constants: displays of distinct constants, names and
# attribute names past the 16-bit operand range (CPython has no such limit).
n = 70000
# (Sources are built by native formatting, not Python loops: cheap under GC stress.)
r = tuple(range(n))
src = "[" + ("%d.5," * n) % r + "]"
x = eval(src)
print(len(x), x[0], x[-1], sum(x))
x = eval("(" + ("'s%d'," * n) % r + ")")
print(len(x), x[-1])
x = eval("{" + ("%d.25," * n) % r + "}")
print(len(x), max(x))
x = eval("{" + ("%d: '%d'," * n) % tuple(sorted(r * 2)) + "}")
print(len(x), x[n - 1], x[12345])
# Past the constants: globals and attributes whose names are constant 70,000 and more.
ns = {}
exec(("g%d = %d\n" * n) % tuple(sorted(r * 2)) + "total = g0 + g69999 + g35000\n", ns)
print(ns["total"], len(ns))
src = "class C: pass\no = C()\n" + ("o.a%d = %d.5\n" * n) % tuple(sorted(r * 2))
src += "r = o.a0 + o.a69999\ndel o.a69998\nh = hasattr(o, 'a69998')\n"
src += "def f():\n    global g_last\n    g_last = o.a69997\n    return o.a69999 * 2\nfv = f()\n"
ns = {}
exec(src, ns)
print(ns["r"], ns["h"], ns["fv"], ns["g_last"])
