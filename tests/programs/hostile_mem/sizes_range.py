# Ranges beyond the machine word: indexing works, lengths overflow as in CPython.
def attempt(label, f):
    try:
        print(label, "ok", f())
    except (OverflowError, ValueError, IndexError, MemoryError) as e:
        print(label, type(e).__name__, e)

r = range(2**64)
attempt("index 2**63", lambda: r[2**63])
attempt("index -1", lambda: r[-1])
attempt("len", lambda: len(r))
attempt("bool", lambda: bool(r))
attempt("len -2**63..2**63", lambda: len(range(-2**63, 2**63)))
attempt("len 2**63", lambda: len(range(2**63)))
attempt("step", lambda: range(0, 2**64, 2**62)[3])
attempt("slice", lambda: r[2**63:][:3])
attempt("list 2**63", lambda: list(range(2**63)))
attempt("contains", lambda: 2**63 + 5 in r)
attempt("index out", lambda: r[2**64])
attempt("count", lambda: r.count(2**63))
attempt("index of", lambda: r.index(2**63))
attempt("reversed", lambda: next(reversed(r)))
