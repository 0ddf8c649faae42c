# Format-spec corners that used to give a different string than CPython.

# '#' with no type keeps a decimal point, repr's exponent form included; a zero with a
# precision of 1 (no type) or '#.0' switches to exponent form.
for v in [1e20, 1e-7, 1e16, 42.0, 1.5, 0.0, -0.0, 123456.789, float("inf"), float("nan")]:
    print(repr(v), [format(v, s) for s in ["#", "#.1", "#.3", ".1", "#.0", "#12", "+#", "#,"]])

# Any sign, '-' included, is refused with 'c'.
for spec in ["-c", "+c", " c", "-20c", "0<-05c", "c", "^5c"]:
    try:
        print(repr(spec), repr(format(65, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# '#' adds no prefix to decimal ints, so zero padding with grouping is unchanged.
for v in [True, 1, 0, -1, 1234]:
    print([format(v, s) for s in ["+#05,", "#012,", "#05,", "#08,d", "#010_b", "#07x"]])

# inf and nan take plain zero padding, without separators.
print([format(x, s) for x in [float("inf"), float("-nan")] for s in ["012,", "020,.2", "+010_"]])

# complex: CPython's order of checks, '#' in repr form, separators in repr form, explicit
# fill characters and '0' widths.
values = [1 + 2j, -0.5j, -0.0 - 0.0j, 12345.5 + 1234567j, 1e20j, complex(float("nan"), 1)]
specs = ["#", "#12", "-%", "1%", "0d", "0<12.2", "x>0,", "*>0,", "0^", "=5", ",", "_",
         "#_", "+,", " ", "+", ".1", "#.1", "12.3e", "<20.2f", "^30,g", "n", ",o", "0s",
         "-01,s", "012b", "z.1f", "+#"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(v))
    for spec, out in zip(specs, row):
        print("   ", repr(spec), repr(out))
