# ADD of two registers specializes to the int form; overflow into big ints, a change of operand
# types (deoptimization), and constants mixed in must all keep Python's results.
def add(a, b):
    return a + b

def loop(xs, ys):
    out = []
    for x, y in zip(xs, ys):
        out.append(add(x, y))
    return out

ints = list(range(100))
print(sum(loop(ints, ints)))
big = 2**62
print(loop([big] * 5, [big] * 5))
print(loop([-big] * 3, [-big - 5] * 3))
print(loop([1.5, 2, "a", [1]], [2, 0.25, "b", [2]]))
print(sum(loop(ints, ints)))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __repr__(self):
        return f"V({self.v})"
print(loop([V(1), V(2)], [V(3), V(4)]))
print(sum(loop(ints, ints)))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
t = 0
i = 0
while i < 3000:
    j = i
    t = t + j
    i += 1
print(t)
try:
    add(1, None)
except TypeError as e:
    print(e)
