# Sites that specialize on one type and then see another must deoptimize and stay correct.
def add(a, b):
    return a + b

def op(a, b):
    return a & b, a | b, a ^ b, a << 3, a >> 1, a // b, a % b

for i in range(50):
    add(i, i)
print(add(1.5, 2.25), add("ab", "cd"), add([1], [2]), add((1,), (2,)))
for i in range(1, 50):
    op(i, 7)
print(op(2**62, 3))          # overflow of << into a big int
print(op(-7, 2), op(7, -2), op(-7, -2))
print(op(True, 1))
class N(int):
    def __and__(self, o):
        return "custom and"
print(op(N(5), 3)[0])
x = 1
for i in range(100):
    x += x          # int overflow in the specialized in-place form
print(x)
f = 0.5
for i in range(20):
    f *= 3
    f -= 1
print(f)
g = 10.0
for i in range(20):
    g /= 2
print(g)
try:
    for i in range(20):
        g /= (19 - i) * 0.0 + (1.0 if i < 19 else 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
