import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(hex(big)) > 100, int("0x" + "f" * 5000, 16) > 0, len(str(10 ** 4299)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), int("2" * 5500) % 7)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
sys.set_int_max_str_digits(maxdigits=640)
try:
    f"{10**700}"
except ValueError as e:
    print(e)
