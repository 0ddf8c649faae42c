# int()/float() text parsing: underscores, signs, prefixes, Unicode digits; int-float
# comparisons past 2**127; round() at many digits; shift-count overflow.
def show(f, *a):
    try:
        print(repr(f(*a)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for s in ["0._0", "0_.0", "._0", "0_", "0._", "_.0", "1__0", "1e_5", "1_e5", "1_0",
          "1_0.5_5e1_0", "++inf", "+-nan", "-inf", "+nan", " 2 ", "\u00a01.5\u2003", "١.٥",
          "-.5", "+.5e-3", "1e", "e1", ".", "infinit", "--1", "0x10", "1_000.000_1"]:
    show(float, s)

for s, b in [("0xFF", 10), ("0_x10", 0), ("0x_10", 0), ("0x_10", 16), ("0x__10", 16),
             ("010", 0), ("0_0", 0), ("00", 0), ("+-5", 10), ("-+5", 10), ("- 5", 10),
             (" -5 ", 10), ("1_000", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("0b1", 12),
             ("0x1", 34), ("z", 36), ("0O17", 0), ("0b", 2), ("0x", 0), ("٣٤", 10),
             ("0_7", 0), ("07", 8), ("0x_", 16), ("_", 10), ("", 0), ("+", 10),
             ("10_0", 2), (b"  -0XFF ", 0), ("0b_1_0", 0), ("1 0", 10)]:
    show(int, s, b)

show(lambda: int(base=2))
show(lambda: int(x=1))
show(lambda: (5).__round__(None))
show(lambda: (5).__round__(-1))
show(lambda: round(5, None))

big = int(1e308)
print(big == 1e308, 1e308 == big, big < 1e308, big + 1 > 1e308, big - 1 < 1e308)
print(10**308 == 1e308, 10**308 > 1e308, int(2.0**200) == 2.0**200, 2**200 + 1 > 2.0**200)
print(-big == -1e308, -big - 1 < -1e308, complex(1e308) == big, 1e300 * 10 == int(1e301))
print(int(1e300) == 1e300, 2**1000 < float("inf"), -(2**1000) > float("-inf"))

print(1.2e-300.__round__(299), round(1.5e-300, 300), round(2.675, 2), round(1.23456789, 15))
print(round(0.5e-22, 23), round(1e-320, 320), round(1.5, 400), round(123.456, -1))
print(round(-0.0, 5), round(1e-30, 29), round(7.5e-40, 40))

show(lambda: 1 << 10**100)
show(lambda: 0 << 10**100)
show(lambda: 1 >> 10**100)
show(lambda: 1 << -1)
