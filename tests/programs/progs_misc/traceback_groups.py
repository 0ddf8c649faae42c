import traceback

def fail(n):
    raise ValueError("bad %d" % n)

def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("several", errors)

try:
    collect()
except ExceptionGroup as eg:
    print(traceback.format_exc(), end="")
    print("".join(traceback.format_exception(eg, limit=1)), end="")

try:
    try:
        raise ExceptionGroup("inner", [KeyError("k"), ExceptionGroup("deeper", [TypeError("t")])])
    except ExceptionGroup as e:
        raise RuntimeError("wrapper") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")

many = ExceptionGroup("many", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(many)), end="")
te = traceback.TracebackException.from_exception(many, max_group_width=2)
print("".join(te.format()), end="")
nested = ExceptionGroup("l1", [ExceptionGroup("l2", [ExceptionGroup("l3", [OSError("x")])])])
te = traceback.TracebackException.from_exception(nested, max_group_depth=1)
print("".join(te.format()), end="")
