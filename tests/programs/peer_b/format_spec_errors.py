# Format-spec validation: which object kinds take which spec parts, and CPython's messages.
def show(value, spec):
    try:
        print(spec, repr(value), repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(spec, repr(value), type(e).__name__, e)

values = ["text", 42, -7, 2.5, -0.0, None, (1, 2), {"k": 1}, True, 3 ** 50]
specs = ["", "^9", "q", "*>", ",s", "_s", ",b", "_b", ",x", "_o", "#s", "-s", " s", "+",
         "z", "z.1f", "zg", ".f", ",_d", "_,", "=7", "07", "6c", "<6c", "^6c", ".3", "x^", ">>"]
for v in values:
    for sp in specs:
        show(v, sp)

class Plain:
    def __repr__(self):
        return "Plain()"

show(Plain(), "")
show(Plain(), "5")
print("{:>8}|{:<4}|".format(1.5, "ab"))
print(format(-0.0001, "z.2f"), format(-0.0001, ".2f"), format(-1.5, "z.0f"))
