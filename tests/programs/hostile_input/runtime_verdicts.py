# Edge cases where Kestrel's exception differed from CPython's.
import sys


def attempt(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


attempt("chr 2**64", lambda: chr(2 ** 64))
attempt("chr 2**31", lambda: chr(2 ** 31))
attempt("chr -2**40", lambda: chr(-2 ** 40))
attempt("chr -2**31", lambda: chr(-2 ** 31))
attempt("chr 0x110000", lambda: chr(0x110000))


class A:
    pass


attempt("duplicate base", lambda: type("B", (A, A), {}))


def dup_class():
    class B(A, A):
        pass


attempt("duplicate base stmt", dup_class)


def lost_stdin():
    saved = sys.stdin
    sys.stdin = None
    try:
        return input()
    finally:
        sys.stdin = saved


attempt("input without stdin", lost_stdin)
