# Error messages of sorting, slice assignment, read-only attributes and namedtuple().
from collections import namedtuple

def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)

attempt("sorted()", lambda: sorted())
attempt("sorted 2 args", lambda: sorted([2, 1], None))
attempt("sorted kw", lambda: sorted([2, 1], cmp=None))
attempt("sorted ok", lambda: sorted([2, 1, 3], key=lambda v: -v, reverse=True))
attempt("sort pos", lambda: [3, 1].sort(None))
attempt("sort kw", lambda: [3, 1].sort(order=1))

def assign(target, key, value):
    target[key] = value
    return target

attempt("slice int", lambda: assign([1, 2, 3], slice(0, 2), 5))
attempt("slice None", lambda: assign([1, 2, 3], slice(0, 2), None))
attempt("ext slice int", lambda: assign([1, 2, 3], slice(0, 3, 2), 5))
attempt("slice gen", lambda: assign([1, 2, 3], slice(1, 2), (c for c in "xy")))
attempt("slice str", lambda: assign([1, 2, 3], slice(None, None, -1), "abc"))

def bad_gen():
    yield 1
    raise TypeError("from inside")

attempt("slice inner error", lambda: assign([1], slice(0, 1), bad_gen()))

for obj, name in ((slice(1, 2), "start"), (range(4), "stop"), (3j, "imag"), (property(), "fget"),
                  (staticmethod(len), "__func__"), (5, "real"), (2.5, "imag")):
    attempt("set " + name, lambda: setattr(obj, name, 0))

Point = namedtuple("Point", "x y z")
attempt("nt ok", lambda: Point(1, z=3, y=2))
attempt("nt dup", lambda: Point(1, x=2))
attempt("nt unknown", lambda: Point(1, 2, 3, w=4))
attempt("nt unknown first", lambda: Point(w=4))
attempt("nt missing", lambda: Point(1))
attempt("nt missing 2", lambda: Point())
attempt("nt too many", lambda: Point(1, 2, 3, 4))
