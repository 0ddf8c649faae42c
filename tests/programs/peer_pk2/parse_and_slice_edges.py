# complex() from a string with underscores: a misplaced '_' is "could not convert string to
# complex", any other flaw "complex() arg is a malformed string" (CPython 3.11).
for s in ["1__0", "1_", "_1", "1_0x", "1_0j_", "1_2_", "1__2j", "1_0", "1_0+2_5j", "1_0e1_0j",
          "٣_٣j", "1_٣", "0x1_0", " 1_0 ", "1_0\u2003", "(1_0+1j)", "1_e5", "1e_5", "1_.5"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

# bytearray: assigning no bytes to an extended slice deletes it (as CPython), any other
# size mismatch is an error.
for key in [slice(None, -100, -1), slice(5, 2, -2), slice(-5, 2, 2), slice(0, -1, 3),
            slice(None, None, 2), slice(1, 1, 2), slice(None, None, -3)]:
    for val in [b"", bytearray(), [], b"Z"]:
        x = bytearray(b"abcdef")
        try:
            x[key] = val
            print(key, repr(val), x)
        except ValueError as e:
            print(key, repr(val), "ValueError:", e)

# int.to_bytes with no bytes: only 0, and -1 when signed (CPython's sign-bit check).
for v in [-1, -2, 0, 1, -128]:
    for n in [0, 1]:
        try:
            print(v, n, v.to_bytes(n, "big", signed=True), end=" ")
        except OverflowError as e:
            print(v, n, "OverflowError:", e, end=" ")
    print()
