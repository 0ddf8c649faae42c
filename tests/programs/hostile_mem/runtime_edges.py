# Bad arguments to builtins and odd output states: CPython's exceptions and messages.
import sys

def attempt(label, f):
    try:
        print(label, "ok", f())
    except (TypeError, ValueError, RuntimeError, OverflowError, IndexError) as e:
        print(label, type(e).__name__, e)

attempt("super 1", lambda: super(1))
attempt("super 3 args", lambda: super(int, 1, 2))
attempt("super not instance", lambda: super(int, "x"))
for cls in [int, list, dict, str, tuple, float, type]:
    attempt(f"object.__new__({cls.__name__})", lambda: object.__new__(cls))
class C:
    pass
attempt("object.__new__(C)", lambda: type(object.__new__(C)).__name__)
attempt("object.__new__(1)", lambda: object.__new__(1))
attempt("zip shorter", lambda: list(zip([1, 2], [1], strict=True)))
attempt("zip longer", lambda: list(zip([1], [1, 2], strict=True)))
attempt("zip third", lambda: list(zip([1], [1], [1, 2, 3], strict=True)))
attempt("zip ok", lambda: list(zip([1], [2], strict=True)))
attempt("len big range", lambda: len(range(2**64)))
attempt("range index", lambda: range(2**64)[2**63])
attempt("ljust big", lambda: "x".ljust(2**64))
saved = sys.stdout
sys.stdout = None
print("this goes nowhere")
sys.stdout = saved
print("stdout restored")
