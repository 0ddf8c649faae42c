# Building containers and buffers from sizes: bytes(n), to_bytes, ranges, joins, replaces, shifts.
import array

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

for n in [10**12, 2**62, 2**63, -1]:
    attempt(f"bytes {n}", lambda: bytes(n))
    attempt(f"bytearray {n}", lambda: bytearray(n))
    attempt(f"to_bytes {n}", lambda: (1).to_bytes(n, "big"))
for n in [10**12, 2**62, 2**63, 2**64]:
    attempt(f"list range {n}", lambda: list(range(n)))
    attempt(f"tuple range {n}", lambda: tuple(range(n)))
    attempt(f"star range {n}", lambda: [*range(n)])
    attempt(f"sorted range {n}", lambda: sorted(range(n)))
    attempt(f"extend range {n}", lambda: [None].extend(range(n)))
attempt("join", lambda: "a".join(["x" * 2**20] * 2**20))
attempt("replace", lambda: ("x" * 2**20).replace("x", "y" * 2**20))
attempt("replace count", lambda: ("x" * 2**20).replace("x", "y" * 2**20, 3))
attempt("replace empty", lambda: ("x" * 2**20).replace("", "y" * 2**20))
for s in [10**12, 2**62, 2**63, 2**64]:
    attempt(f"shift {s}", lambda: 1 << s)
    attempt(f"shift big {s}", lambda: (2**100) << s)
attempt("shift zero", lambda: 0 << 2**64)
attempt("shift right", lambda: -1 >> 2**64)
attempt("array", lambda: array.array("b", [0]) * 10**12)
attempt("array imul", lambda: array.array("d", [0.0]).__imul__(2**61))
print(len(list(range(5))), "x".join("abc"), (255).to_bytes(2, "little"))
attempt("shift 2**100", lambda: 1 << 2**100)
attempt("shift 30*2**63", lambda: 1 << 30 * 2**63)
attempt("shift 30*2**63-1", lambda: 1 << 30 * 2**63 - 1)
attempt("shift 2**66", lambda: 1 << 2**66)
attempt("shift 2**65", lambda: 1 << 2**65)
