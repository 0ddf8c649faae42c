import types

X = 100


def f(a, b=2):
    return a + b + X


g = types.FunctionType(f.__code__, {"X": 10})
print(g(1, 1), g.__name__, g.__defaults__)
h = types.FunctionType(f.__code__, {"X": 1}, "renamed", (5,))
print(h(1), h.__name__, h.__defaults__)
ns = {}
exec(compile("def k(x):\n    return x * Y\n", "<s>", "exec"), ns)
k = types.FunctionType(ns["k"].__code__, {"Y": 3})
print(k(7), type(k) is types.FunctionType, isinstance(k, types.FunctionType))


def outer():
    v = 3

    def inner():
        return v
    return inner


inn = outer()
try:
    types.FunctionType(inn.__code__, {})
except TypeError as e:
    print("TypeError:", e)
try:
    types.FunctionType(1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    types.FunctionType(f.__code__, [])
except TypeError as e:
    print("TypeError:", e)
try:
    types.FunctionType(f.__code__, {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    types.FunctionType(f.__code__, {}, None, [1])
except TypeError as e:
    print("TypeError:", e)
