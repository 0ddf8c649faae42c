def f(a, b):
    return a + b
def g(a, b=2, *, c):
    return a
def h():
    return 0
tests = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: g(c=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda x: x)(),
    lambda: int("1", "2", "3"),
    lambda: f(**{"a": 1, "b": 2, "z": 3}),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print("TypeError:", e)
try:
    K().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    K.m(1)
except TypeError as e:
    print("TypeError:", e)
