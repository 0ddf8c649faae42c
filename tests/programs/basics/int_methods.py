print(int.__name__, str(int("12") + 1), repr(-5))
print((10).bit_length(), (-10).bit_length(), (2 ** 100).bit_length())
print((6).real, (6).imag, (6).numerator, (6).denominator)
print((17).conjugate(), (3).__add__(4), (3).__mul__(5))
print(int("-0"), int("+7"), int("0000012"))
for s in ["12a", "", "1.5", " ", "0x10"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(int("zz", 36), int("-101", 2), int("  0b11 ", 0))
print(str(10 ** 25), repr(-(10 ** 25)), len(str(2 ** 1000)))
print(format(1234567, ","), format(255, "x"), format(255, "#010b"))
print(max(range(100)), min(range(5, 10)), sum(range(101)))
print(10 ** 18 + 1 == 1000000000000000001, 10 ** 18 * 10 // 10 == 10 ** 18)
print((-7).__abs__(), (7).__neg__(), (2).__pow__(10))
