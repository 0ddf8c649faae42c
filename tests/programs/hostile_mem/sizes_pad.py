# Padding widths, format widths and precisions: checked before anything is allocated.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r), r[:10])
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

for w in [10**12, 2**62, 2**63 - 1, 2**63]:
    attempt(f"center {w}", lambda: "x".center(w))
    attempt(f"ljust {w}", lambda: "x".ljust(w, "*"))
    attempt(f"rjust {w}", lambda: "x".rjust(w))
    attempt(f"zfill {w}", lambda: "-1".zfill(w))
    attempt(f"bcenter {w}", lambda: b"x".center(w))
    attempt(f"bzfill {w}", lambda: b"1".zfill(w))
    attempt(f"baljust {w}", lambda: bytearray(b"x").ljust(w))
for w in [10**12, 2**62, 2**63]:
    attempt(f"%*d {w}", lambda: "%*d" % (w, 1))
    attempt(f"%-*s {w}", lambda: "%-*s" % (w, "a"))
    attempt(f"b%*d {w}", lambda: b"%*d" % (w, 1))
for p in [2**31, 10**12]:
    attempt(f"%.*f {p}", lambda: "%.*f" % (p, 1.0))
for spec in ["1000000000000", "4611686018427387904", "9223372036854775808",
             ".9223372036854775808", ">1000000000000"]:
    attempt(f"format int {spec}", lambda: format(1, spec))
    attempt(f"format str {spec}", lambda: format("s", spec))
for spec in [".2147483648f", ".1000000000000", "1000000000000.2f"]:
    attempt(f"format float {spec}", lambda: format(1.5, spec))
w = 10**12
attempt("f-string", lambda: f"{1:{w}}")
attempt("str.format", lambda: "{:>{w}}".format("a", w=w))
attempt("grouped zero pad", lambda: format(1, "020,"))
attempt("grouped zero pad wide", lambda: format(-12345, "0100000_"))
print(format(1, "020,"), format(1234, "09_"), format(-1, "010,"), format(12, "08_x"))
attempt("expandtabs big", lambda: "\tx".expandtabs(2**31))
attempt("expandtabs huge", lambda: "\tx".expandtabs(10**12))
attempt("expandtabs ok", lambda: "a\tb".expandtabs(4))
