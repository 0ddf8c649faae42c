# Bitwise operations
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(a << 3, a >> 2, 1 << 40, 1 << 70)
print(-1 & 0xff, -1 >> 5, -16 >> 2, -17 >> 2)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(bin(a), bin(b), bin(-5), bin(0))
print(hex(255), hex(-255), oct(8), oct(-8))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length())
print(bin(2 ** 70 - 1).count("1"))
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, hex(x))
x &= ~(1 << 3)
print(x)
x ^= 0xFFFF
print(x)
print(True & False, True | False, True ^ True)
print(6 & 3 | 8, 6 ^ 3 & 1, 1 << 2 + 1)
for n in [0, 1, 7, 8, 1023, 1024]:
    print(n, n & (n - 1) == 0 and n != 0)
masks = [1 << i for i in range(8)]
print(masks)
print(sum(masks), sum(masks) == 0xff)
print((1).real, 5 + 0, -(-3), +4)
