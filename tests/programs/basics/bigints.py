# Integers overflowing into bigints
x = 2 ** 62
print(x, x * 2, x * 4)
print(2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(2 ** 64, 2 ** 100, 2 ** 200)
m = 9223372036854775807
print(m + 1, m * m, -m - 2)
print(m * 3 // 7, (m * 3) % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (10 ** 20), f % 1000003)
print(-f // 7, -f % 7)
print(divmod(10 ** 30, 12345), divmod(-(10 ** 30), 12345))
print(3 ** 100)
print(len(str(7 ** 500)))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a)
print(a == 123456789012345678901234567890, a < b, a > b)
print(a & b, a | b, a ^ b)
print(a << 10, a >> 10, -a >> 10)
print(~a, -a)
print(abs(-a), hex(a), oct(a), bin(a)[:20])
print(int("1" * 40), int("-" + "9" * 30))
print(2 ** 64 - 2 ** 64, (2 ** 64) // (2 ** 32))
print(pow(3, 200, 1000000007), pow(2, 1000, 10 ** 9 + 9))
print(float(2 ** 80), float(-(2 ** 70)))
print(10 ** 20 / 10 ** 10, 2 ** 100 / 3)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 15)
# fibonacci into big numbers
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)
print(hash(12345) == 12345, hash(-1) == -2)
