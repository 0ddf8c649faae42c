def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["1+2j", "1-2j", " ( 3-4.5j ) ", "j", "-j", "+j", "1e3", "-1.5e-3j", "nan+infj", "inf", "-inf-infj", "1_000+2_0j", "(1)", "5J", ".5+.5j", "1.+2.j", "  7  ", "1+j", "1-J", "InFiNiTy"]:
    print(repr(s), complex(s))
for s in ["1+", "x", "", "1+2", "j1", "1+2jj", "(1+2j", "1 + 2j", "1__0", "_1", "1_", "()", "1e", "--1", "1+-2j"]:
    err(lambda: complex(s))
