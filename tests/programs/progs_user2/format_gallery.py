"""Every kind of string formatting: f-strings, format specs, %-format, str.format, custom __format__."""
from datetime import datetime, date
from decimal import Decimal
from fractions import Fraction
import math


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        val = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return f"{val:{num_spec or '.1f'}}°{unit}"

    def __repr__(self):
        return f"Temp({self.c!r})"

    def __str__(self):
        return f"{self.c} degrees"


t = Temp(21.5)
print(f"{t}|{t:F}|{t:.3K}|{t:>10.0f}|{t!r}|{t!s}|{t!a}")
n, pi, big = 42, math.pi, 12345678.9
for spec in ["d", "5d", "<5d", "^7d", "+d", " d", "05d", "x", "#x", "#X", "o", "#o", "b", "#010b", ",d", "_d", "_x", "c", "n", "e", "%"]:
    print(f"{spec:>6} -> [{format(n, spec)}]")
for spec in ["f", ".2f", "10.3f", "<10.2f", "^12.4e", "+.1e", "g", ".3g", "#.3g", "%", ".1%", ",.2f", "_.3f", "010.2f", "=+12.3f", "E", "G", ".0f", "#.0f", "a<8.1f"]:
    print(f"{spec:>7} -> [{pi:{spec}}] [{big:{spec}}]")
print(f"{-0.0:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {1e16:g} {1e-5:g} {123456789.0:g} {float('inf'):>6} {float('nan'):+}")
print(f"{1234.5:,} {-1234567:,} {1e300 * 10} {2 ** 64:_} {0.1 + 0.2} {1/3:.15} {100.0} {1e22} {1.0e-7}")
width, prec, fill = 12, 3, "*"
print(f"[{pi:{fill}^{width}.{prec}f}] [{'txt':{fill}<{width}}] [{n:{'+' if n > 0 else ''}{width}d}]")
name, items = "Ada", ["x", "y"]
print(f"{name=} {items[0]=} {n * 2 = } {pi=:.2f} {name!r:>8}")
print(f"{'nested {braces}'} {{literal}} {'a' 'b'} {3 if n else 4} {(lambda x: x + 1)(1)} {items!s}")
print(f"{'multi'}{'ple'}" f"{n:>{width // 2}}" "plain")
print("%s is %d years and %.2f%% done, hex %x/%X/%#o, %5s|%-5s|%05d|%+d|%e|%g|%c|%r|%i"
      % ("Bob", 30, 99.5, 255, 255, 8, "r", "l", 42, 7, 12345.678, 0.00001, 65, "q", 3))
print("%(name)s has %(n)03d items; %(pi).3f" % {"name": "Cy", "n": 7, "pi": pi})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, pi), "%s" % (("tuple",),), "%s" % [1, 2], "%%" % ())
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("echo"))
print("{name:>8}|{0:^6}|{x[1]}|{d[k]}|{o.real}".format("mid", name="right", x=[9, 8], d={"k": "v"}, o=3 + 4j))
print("{:{w}.{p}f}".format(pi, w=10, p=4), "{!r:>10}".format("hi"), "{:%Y-%m-%d %H:%M}".format(datetime(2024, 5, 6, 7, 8)))
print(format(date(2024, 1, 2), "%d.%m.%y"), f"{datetime(2020, 2, 29, 13, 0):%I %p %A %B}", f"{date(2024, 7, 4):%j %a}")
print(format(Decimal("3.14159"), ".3f"), f"{Decimal('1e-10'):f}", f"{Decimal('12345.6789'):,.2f}", f"{Decimal('0.5'):%}")
print(format(Fraction(1, 3), "") if hasattr(Fraction, "__format__") else "", str(Fraction(22, 7)), f"{float(Fraction(22, 7)):.5f}")
print(f"{3 + 4j} {complex(1.5, -2):.2f} {1j:>8} {True:d} {True} {None!s:>6} {b'x'!r}")
print("{:,}".format(10 ** 12), "{:e}".format(0), "{:.2e}".format(-123456), "{:08.3f}".format(-3.14159), "{:=^20}".format(" mid "))
print(str.format("{0.__class__.__name__}", 5), "{!s:^9}".format([1]), "{:s}".format("s"), repr("{}".format(None)))
table = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.999)]
print("\n".join(f"{fruit:<12}{qty:>4}{price:>8.2f}{qty * price:>9.3f}" for fruit, qty, price in table))
print("|".join(s.center(9, "-") for s in ("a", "bb", "ccc")), "x".ljust(3, "."), "7".zfill(4), "-7".zfill(4), "+7".zfill(4))
for bad in ["{:d}".format, "{:,s}".format, "{0}{}".format, "%d".__mod__]:
    try:
        print(bad("str") if bad is not "{0}{}".format else bad(1, 2))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{n:z}")
except ValueError as e:
    print("ValueError:", e)
print(f"{-0.0:z.1f}" if True else "", f"{'x':#^5}", f"{12:#b}", f"{ -5:x}", f"{65:c}{97:c}", "{:>{}}".format("w", 4))
