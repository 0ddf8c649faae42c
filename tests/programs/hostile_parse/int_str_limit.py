# The int/str digit limit (CVE-2020-10735) for int(), str(), literals and repr.
import sys

print(sys.get_int_max_str_digits())
for s in ("1" * 4300, "1" * 4301, "-" + "2" * 5000, "1" * 1000000):
    try:
        print(len(str(int(s))))
    except ValueError as e:
        print("ValueError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    print(repr(7 ** 6000)[:5])
except ValueError as e:
    print("ValueError:", e)
for src in ("x = " + "9" * 4300, "x = " + "9" * 4301, "x = 1_" + "0" * 4300, "x = 0x" + "f" * 100000,
            "x = 0o" + "7" * 100000, "x = 0b" + "1" * 100000):
    try:
        ns = {}
        exec(src, ns)
        print("ok", ns["x"].bit_length())
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# Power-of-two bases have no limit and convert in linear time.
print(int("f" * 200000, 16).bit_length(), int("1" * 300000, 2).bit_length())
print(len(hex(1 << 1000000)))
sys.set_int_max_str_digits(6000)
print(len(str(int("3" * 5500))), sys.get_int_max_str_digits())
exec("y = " + "5" * 5500)
print(len(str(y)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(640)
try:
    int("1" * 641)
except ValueError as e:
    print("ValueError:", e)
