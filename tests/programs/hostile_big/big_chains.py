# Boolean chains of 100000 terms, a class body of 70000 names, a function returning a
# 100000-item display.
m = 100000
a = 3
print(eval(" and ".join(f"(a + {i})" for i in range(m))))
print(eval(" or ".join(f"(a - {i}) * 0" for i in range(m)) + " or 'last'"))
ns = {}
exec("class K:\n" + "".join(f"    c{i} = {i}\n" for i in range(70000)), ns)
print(ns["K"].c69999 + ns["K"].c65535)
src = "def h(x):\n    return [" + ",".join(f"x + {i}" for i in range(m)) + "]\n"
exec(src, ns)
r = ns["h"](1)
print(len(r), r[-1])
