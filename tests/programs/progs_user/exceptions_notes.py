"""Exception handling as applications do it: custom hierarchy, notes, groups, chaining, traceback."""
import sys
import traceback
import warnings


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"{base} ({self.detail})" if self.detail else base


class ValidationError(AppError):
    code = 2


class NotFound(AppError, LookupError):
    code = 3


def validate(rec):
    errors = []
    if not rec.get("name"):
        errors.append(ValidationError("name required"))
    if not isinstance(rec.get("age"), int):
        errors.append(ValidationError("age must be int", detail=repr(rec.get("age"))))
    elif rec["age"] < 0:
        errors.append(ValueError("negative age"))
    if errors:
        raise ExceptionGroup(f"record {rec.get('id')} invalid", errors)
    return rec


records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "name": "", "age": "x"}, {"id": 3, "name": "c", "age": -1}]
for r in records:
    try:
        validate(r)
        print("ok", r["id"])
    except* ValidationError as eg:
        print("validation:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("value:", eg.exceptions, eg.message)

try:
    try:
        {}["k"]
    except KeyError as e:
        err = NotFound("no such key", detail="k")
        err.add_note("while looking up config")
        err.add_note("hint: check spelling")
        raise err from e
except LookupError as e:
    print(type(e).__name__, e, e.code, e.__notes__, type(e.__cause__).__name__)
    tb = traceback.format_exception(e)
    print(tb[-1].rstrip(), "|", tb[-3].rstrip() if len(tb) > 2 else "")
    print([l for l in "".join(tb).splitlines() if l.startswith(("hint", "while", "The above"))])

for exc in [AppError("x"), ValidationError("v", detail=5), NotFound("n")]:
    print(repr(exc), str(exc), exc.code, isinstance(exc, LookupError), exc.args)


def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero!")
    return 10 / n


results = []
for n in [2, 0, 5]:
    try:
        v = risky(n)
    except ZeroDivisionError as e:
        results.append(f"err:{e}")
    else:
        results.append(v)
    finally:
        results.append("f")
print(results)


def cleanup_order():
    log = []
    try:
        try:
            raise ValueError("first")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"caught {e}")
        try:
            raise TypeError("second")
        except TypeError as e2:
            log.append(f"context={e2.__context__!r}")
    return log


print(cleanup_order())
print(sys.exc_info())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("careful")
print([(x.category.__name__, str(x.message)) for x in w])
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
except ExceptionGroup as eg:
    match, rest = eg.split(TypeError)
    print(repr(match), repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, (KeyError, ValueError))))
print("".join(traceback.format_exception_only(ValueError("bad value"))).strip())
e = RuntimeError("boom")
print(traceback.format_exception_only(type(e), e), repr(BaseException()), str(KeyError("k")), str(KeyError()))
try:
    raise SystemExit(3)
except SystemExit as se:
    print("SystemExit", se.code)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as ae:
    print("AssertionError:", ae)
