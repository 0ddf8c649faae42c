# A function with 70000 local variables: more registers than 16-bit operands can name, so
# every instruction touching a high local carries a WIDE prefix. CPython runs it.
n = 70000
body = "".join(f"    v{i} = {i}\n" for i in range(n))
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
    d = {v69999: 'high', **{'k': v65535}}
    out.append((lst[0] + lst[1], d[69999], d['k']))
    out.append(f'{v69999}-{v65535!r}-{v0:>4}')
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
    out.append(sorted({v69990, v65533}))
    out.append('{}:{}'.format(v69989, v69988))
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
ns = {}
exec("def big():\n" + body, ns)
for item in ns["big"]():
    print(item)
print(ns["big"].__code__.co_nlocals)
# A generator with as many locals keeps them across suspensions.
gen = "def gen():\n" + "".join(f"    g{i} = {i}\n" for i in range(n))
gen += "    yield g69999\n    g69999 += 1\n    yield g69999 + g65535\n"
exec(gen, ns)
print(list(ns["gen"]()))
# An unbound high local is an UnboundLocalError naming it.
src = "def late():\n" + "".join(f"    u{i} = {i}\n" for i in range(n - 1))
src += "    print(u0)\n    print(u69999)\n    u69999 = 1\n"
exec(src, ns)
ns["late"]()
