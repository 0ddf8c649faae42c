x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
i = 100
gen = list(i for i in range(3))
print(i, gen)
d = {k: k for k in "ab"}
try:
    print(k)
except NameError as e:
    print("NameError:", e)
s = {j for j in range(3)}
print("j" in dir())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(vals)
print(C.doubled, C.total)
n = 10
print([n + m for m in range(3)])
def f():
    y = 3
    return [y * z for z in range(3)]
print(f())
for q in range(3):
    pass
print(q)
print([[c for c in range(r)] for r in range(4)])
