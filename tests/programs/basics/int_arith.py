# Basic integer arithmetic
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(7 // 7, 0 // 3, 0 % 5)
print(1 - 2 - 3, 2 * 3 + 4, 2 + 3 * 4, (2 + 3) * 4)
print(10 / 4, 10 / 5, -10 / 4)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(abs(-5), abs(5), abs(0))
print(int("42"), int("-17"), int("  8  "), int("0"))
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0))
print(int(3.9), int(-3.9), int(True), int(False))
print(0x10, 0o10, 0b10, 1_000_000)
x = 5
x += 3
print(x)
x -= 1
print(x)
x *= 4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
