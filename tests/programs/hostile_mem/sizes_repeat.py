# Repetition whose size user code controls: MemoryError or OverflowError as CPython, never an abort.
import sys

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

for n in [10**12, 2**62, 2**63 - 1, 2**63, 2**64, sys.maxsize]:
    attempt(f"str x {n}", lambda: "x" * n)
    attempt(f"str ab {n}", lambda: "ab" * n)
    attempt(f"list {n}", lambda: [0] * n)
    attempt(f"list2 {n}", lambda: [1, 2] * n)
    attempt(f"tuple {n}", lambda: (0,) * n)
    attempt(f"bytes {n}", lambda: b"x" * n)
    attempt(f"bytes2 {n}", lambda: b"ab" * n)
    attempt(f"bytearray {n}", lambda: bytearray(b"ab") * n)
    attempt(f"rev {n}", lambda: n * [0])
attempt("small", lambda: "ab" * 3)
attempt("neg", lambda: [1] * -5)
b = bytearray(b"xy")
try:
    b *= 10**12
except MemoryError:
    print("bytearray *= MemoryError", bytes(b))
l = [1, 2]
try:
    l *= 2**62
except MemoryError:
    print("list *= MemoryError", l)
s = "ab"
try:
    s *= 2**62
except OverflowError as e:
    print("str *=", e, s)
