print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), (2.5).real, (2.5).imag, (2.5).conjugate())
for bad in (lambda: float("nan").as_integer_ratio(), lambda: float("inf").as_integer_ratio(), lambda: int(float("nan")), lambda: int(float("-inf"))):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
