#!/usr/bin/env python3
"""Writes the programs of tests/programs/hostile_big/: code objects past 16-bit operands.

Each program builds its huge source at run time (exec/compile of generated text), so the
committed files stay small; this script writes them from the templates below, with the
sizes in one place. Then, as for every test, the expected outputs come from CPython:

    python3 tests/gen_hostile_big.py && python3 tests/gen_expected.py hostile_big

Sizes: N_LOCALS is past 65,535 (a frame's registers no longer fit 16-bit operands, so
instructions naming high registers carry a WIDE prefix), N_ITEMS past 65,535 constants.
"""

import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs", "hostile_big")
N_LOCALS = 70000
N_ITEMS = 100000

PROGRAMS = {}

PROGRAMS["big_locals"] = '''\
# A function with {n} local variables: more registers than 16-bit operands can name, so
# every instruction touching a high local carries a WIDE prefix. CPython runs it.
n = {n}
body = "".join(f"    v{{i}} = {{i}}\\n" for i in range(n))
body += """    t = 0
    for k in range(300):
        t = t + v69999 * 2 - v65535
        t = t % 1000003
        if v69999 < v65534:
            t = -1
        if k < v69998:
            t += 1
        v69997 = v69997 + 0.5
    out = [t, v69997]
    for it in [v65534, v65535, v65536]:
        out.append(it)
    lst = [v69999, v0, 'x']
    d = {{v69999: 'high', **{{'k': v65535}}}}
    out.append((lst[0] + lst[1], d[69999], d['k']))
    out.append(f'{{v69999}}-{{v65535!r}}-{{v0:>4}}')
    try:
        1 / (v69999 - v69999)
    except ZeroDivisionError as err:
        out.append(type(err).__name__)
    del v69996
    try:
        v69996
    except UnboundLocalError as err:
        out.append(str(err))
    del v65534
    try:
        print(v65534)
    except NameError as err:
        out.append(str(err))
    def inner(x):
        return x + v69995 + v1
    out.append(inner(v69994))
    g = (w + v69993 for w in (v2, v3))
    out.append(list(g))
    out.append(max(v69992, v3, key=abs))
    out.append([w * v69991 for w in range(2)])
    out.append(sorted({{v69990, v65533}}))
    out.append('{{}}:{{}}'.format(v69989, v69988))
    out.append(len(locals()))
    s, *rest = v69987, v69986, v69985
    out.append((s, rest))
    with open("big_locals.py") as fh:
        out.append(fh.readline()[:8])
    w = 0
    while w < v69984 // 10000:
        w += 1
    out.append(w)
    match v69983:
        case 69983 as m:
            out.append(('matched', m))
    class C:
        attr = v69982
    out.append(C.attr)
    return out
"""
ns = {{}}
exec("def big():\\n" + body, ns)
for item in ns["big"]():
    print(item)
print(ns["big"].__code__.co_nlocals)
# A generator with as many locals keeps them across suspensions.
gen = "def gen():\\n" + "".join(f"    g{{i}} = {{i}}\\n" for i in range(n))
gen += "    yield g69999\\n    g69999 += 1\\n    yield g69999 + g65535\\n"
exec(gen, ns)
print(list(ns["gen"]()))
# An unbound high local is an UnboundLocalError naming it.
src = "def late():\\n" + "".join(f"    u{{i}} = {{i}}\\n" for i in range(n - 1))
src += "    print(u0)\\n    print(u69999)\\n    u69999 = 1\\n"
exec(src, ns)
ns["late"]()
'''

PROGRAMS["big_params"] = '''\
# A function (and a lambda) with {n} parameters, called positionally and through *args.
n = {n}
params = ", ".join(f"p{{i}}" for i in range(n))
ns = {{}}
exec(f"def f({{params}}):\\n    return p0 + p{{n-1}} + p65535 + p65534\\n", ns)
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
lam = eval(f"lambda {{params}}, *rest: (p{{n-1}} - p0, rest)")
print(lam(*range(n + 2)))
exec(f"def d({{params}}, last=5):\\n    return p{{n-1}} + last\\n", ns)
print(ns["d"](*range(n)), ns["d"](*range(n), last=7))
'''

PROGRAMS["big_displays"] = '''\
# List, dict, set and tuple displays of {m} items (past 65,535 constants and registers).
m = {m}
a = 3
print(sum(eval("[" + ",".join(f"a + {{i}}" if i % 2 else str(i) for i in range(m)) + "]")))
d = eval("{{" + ",".join(f"'k{{i}}': a * {{i}}" for i in range(m)) + "}}")
print(len(d), d["k99999"], d["k65536"])
print(len(eval("{{" + ",".join(f"a + {{i}}" for i in range(m)) + "}}")))
t = eval("(" + ",".join(f"'s{{i}}'" for i in range(m)) + ")")
print(len(t), t[-1], t[65536])
'''

PROGRAMS["big_chains"] = '''\
# Boolean chains of {m} terms, a class body of {n} names, a function returning a
# {m}-item display.
m = {m}
a = 3
print(eval(" and ".join(f"(a + {{i}})" for i in range(m))))
print(eval(" or ".join(f"(a - {{i}}) * 0" for i in range(m)) + " or 'last'"))
ns = {{}}
exec("class K:\\n" + "".join(f"    c{{i}} = {{i}}\\n" for i in range({n})), ns)
print(ns["K"].c69999 + ns["K"].c65535)
src = "def h(x):\\n    return [" + ",".join(f"x + {{i}}" for i in range(m)) + "]\\n"
exec(src, ns)
r = ns["h"](1)
print(len(r), r[-1])
'''

def main():
    os.makedirs(HERE, exist_ok=True)
    for name, text in PROGRAMS.items():
        with open(os.path.join(HERE, name + ".py"), "w") as f:
            f.write(text.format(n=N_LOCALS, m=N_ITEMS))


if __name__ == "__main__":
    main()
