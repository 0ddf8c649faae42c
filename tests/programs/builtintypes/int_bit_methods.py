for n in (0, 1, 7, 255, -255, 2**100 - 1, -(2**70)):
    print(n.bit_length(), n.bit_count(), n.as_integer_ratio() == (n, 1), n.conjugate() == n)
print((10).real, (10).imag, (10).numerator, (10).denominator, True.real, type(True.numerator).__name__, (2**80).numerator)
print(hasattr(1, "is_integer"))
