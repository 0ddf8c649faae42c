a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a // b, -a % b, a ** b, b ** -1)
print(1 + 2.0, 3 * 0.5, 10 / 2, 10 // 2.5)
print(0.1 + 0.7, 0.7 + 0.1, 1.1 + 2.2, 3.3 - 1.1)
print(1e10 + 0.1, 1e-10 * 3, 123456.789 * 1000)
print(100 * 1.1, 0.1 * 0.1, 1 / 7)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
print(2 ** 0.5, 10 ** -2, 2 ** -10, (-8) ** 2.0)
print(abs(-3.5), abs(2.25), -(-1.5))
print(1.5 == 1.5, 1 == 1.0, 2 < 2.5, 3.0 >= 3)
print(int(2.999), int(-0.5), float(int(7.7)))
print(5 / 3, 5.0 / 3, -5 / 3)
print(12.0 / 4.0, 1e3 / 8, 9 / 0.25)
c = 0.0
for k in range(1, 50):
    c += 1.0 / (k * k)
print(c)
print(sum([0.1] * 10), sum([1.5, 2.5, 3.0]))
print(3.0 * 10 ** 20, 1.0 / 3.0 * 3.0)
