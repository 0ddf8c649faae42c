# CALL_METHOD without a receiver (`module.f(...)`): Python and builtin functions, then
# callees that change shape at the same site.
import math
import types

m = types.ModuleType("m")


def two(a, b):
    return a * 10 + b


m.f = two


def call_site(n):
    out = []
    for i in range(n):
        out.append(m.f(i, 1))
    return out


print(call_site(30)[-3:])
m.f = lambda a, b=5: a + b  # defaults: not an exact call any more
print(call_site(3))
m.f = max
print(call_site(3))
m.f = lambda *args: len(args)
print(call_site(3))
m.f = lambda a: a
try:
    call_site(1)
except TypeError as e:
    print("TypeError:", e)


def gen(a, b):
    yield a
    yield b


m.f = gen
print([list(g) for g in call_site(2)])


class C:
    def __call__(self, a, b):
        return "called", a, b


m.f = C()
print(call_site(2))

# Builtins of a module, with errors raised from the native.
def sqrts(xs):
    return [math.sqrt(x) for x in xs]


print(sqrts(range(20))[-2:])
try:
    sqrts([4, -1])
except ValueError as e:
    print("ValueError:", e)
try:
    sqrts(["x"])
except TypeError as e:
    print("TypeError:", e)


# Deep recursion through a module function still raises RecursionError cleanly.
rec = types.ModuleType("rec")


def down(n):
    return 0 if n == 0 else 1 + rec.down(n - 1)


rec.down = down
print(rec.down(500))
try:
    rec.down(10 ** 6)
except RecursionError:
    print("RecursionError")
