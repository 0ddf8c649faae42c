# Float repr must match CPython exactly
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001, 0.00001, 1.5e300, 1e308, 5e-324, 2.5, 100.0, 1e22, 1e23,
        3.141592653589793, 2.718281828459045, 1/3, 2/3, 10/3, 1e-7, 123.456, 1.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("infinity"), float("-Infinity"))
print(1e300 * 1e10, -1e300 * 1e10)
print(float(10), float(-3), float(2 ** 53), float(2 ** 53 + 1))
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3)
print(1e16 + 1, 9007199254740993.0)
print([0.5, 1.25, -0.75])
print((1.5, 2.0))
print(str(1e100), str(1.0e-100))
print(round(2.675, 2), 2.675)
print(1.0.is_integer(), 1.5.is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex())
print(int(1e20), int(-1.5e10))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1/3))
print(max(1.5, 2), min(-0.0, 0.0), 3 * 1.0)
