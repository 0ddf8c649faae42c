# Code objects with more items than a register block holds: long displays, long calls,
# long boolean and comparison chains compile and run as in CPython. (Sources are built
# by string repetition: cheap under GC stress.)
n = 33000
x = eval("[" + "7," * n + "8]")
print(type(x).__name__, len(x), x[0], x[-1], sum(x))
x = eval("(" + "7," * n + "8)")
print(type(x).__name__, len(x), x[-1])
x = eval("{" + "1, 2.5, 'a', " * n + "3}")
print(type(x).__name__, len(x))
x = eval("{" + "'k': 1, 2: 3, " * n + "'z': 0}")
print(type(x).__name__, len(x), x[2])
x = eval("[" + "'s', " * n + "'t']")
print(len(x), x[-1])
x = eval("[" + "v + 1, " * n + "v]", {"v": 3})
print(len(x), x[-2:])
x = eval("[" + "-1, " * n + "*range(3)]")
print(len(x), x[-4:])
print(eval("1" + " and 1" * n), eval("0" + " or 0" * n))
print(eval("0" + " < 1" * 5000), eval("1" + " < 2" * n))


def count(*a, **k):
    return len(a), len(k), a[-1] if a else None


print(eval("count(" + "1, " * n + "2)", {"count": count}))
kws = ", ".join(f"k{i}={i}" for i in range(3000))
print(eval("count(" + kws + ")", {"count": count}))
print(eval("count(1, 2, " + kws + ", *[5])", {"count": count}))
try:
    compile("count(" + kws + ", k7=1)", "s", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(len(eval("'ab'" + " + 'ab'" * 2000)))
print(len(eval("'ab' " * n)))
src = "def g():\n" + "".join(f"    a{i} = {i}\n" for i in range(3000)) + "    return a2999\n"
ns = {}
exec(src, ns)
print(ns["g"]())
