import math
total = sum([1j, 2, 3.5, 4+4j])
print(total, type(total).__name__)
vals = [1+1j, 2-3j, -1j]
print([v * v.conjugate() for v in vals], [abs(v) for v in vals])
print(max([1j, 2j], key=abs), sorted([3j, 1+0j, -2j], key=lambda z: (z.real, z.imag)))
x = 0j
for k in range(1, 5):
    x += k * 1j ** k
print(x)
print(pow(1+1j, 2), pow(2, 1j), math.isclose(abs((1+1j)**8), 16.0))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), not 0j)
