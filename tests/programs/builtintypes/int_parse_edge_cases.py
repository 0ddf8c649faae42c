print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1_000"), int("  -42  "), int("+7"), int("z", 36), int("ZZ", 36), int("0", 0), int("10", 2))
for args in (("08", 0), ("1__0",), ("_1",), ("", ), ("12", 1), ("12", 37), ("0x", 16), ("3.5",), ("1e3",)):
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(3.99), int(-3.99), int(True), int("0x_1f", 16), int(1e20))
