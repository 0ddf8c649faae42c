def f(a, b=2):
    c = a + b
    d = locals()
    print(sorted(d.items()))
    d["c"] = 100
    print(c)
    def inner():
        return c
    print(sorted(locals()))
    return inner
f(1)
print(locals() is globals())
class K:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
