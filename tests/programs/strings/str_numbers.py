nums = [0, 1, -1, 3.5, -2.25, 1e16, 1e-5, 10 ** 20, 2 ** 0.5]
for n in nums:
    print(str(n), repr(n), f"{n}", "%s" % n, format(n))
print(str(1.0), str(2.50), str(100.0), str(1e5), str(1e-4), str(123e-10))
print(float("3.0"), float("1e16"), float("-0"), float("0.000001"))
print(int("10") + int("20"), str(10) + str(20))
print([str(x) for x in range(-3, 4)])
print(str(12345678901234567890 * 10))
print(str(0.1 + 0.2)[:5], len(str(1 / 3)))
print("%.17g" % 0.1, "%.20f" % 0.5, "%.0e" % 5000)
