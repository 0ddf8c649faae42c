"""Custom exception hierarchies, chaining, notes, groups and tracebacks rendered to stdout."""
import sys
import traceback
import logging
import warnings


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 2


class ValidationError(AppError, ValueError):
    code = 3

    def __reduce__(self):
        return (type(self), (self.args[0],))


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ValidationError(f"bad port {text!r}", detail="not a number") from e
    if not 0 < port < 65536:
        raise ValidationError(f"port {port} out of range")
    return port


def load_config(raw):
    try:
        return {k: parse_port(v) if k == "port" else v for k, v in raw.items()}
    except ValidationError as e:
        raise ConfigError("invalid config") from e


def level3():
    return {}["missing"]


def level2():
    try:
        level3()
    except KeyError:
        raise RuntimeError("level2 failed")


def level1():
    level2()


for raw in [{"port": "8080"}, {"port": "http"}, {"port": "0"}]:
    try:
        print(load_config(raw))
    except AppError as e:
        cause = e.__cause__
        print(f"{type(e).__name__}: {e} <- {type(cause).__name__}: {cause} <- {cause.__cause__!r}")
        print("  isinstance ValueError:", isinstance(cause, ValueError), "code", cause.code)

try:
    level1()
except RuntimeError:
    text = traceback.format_exc()
    lines = [l for l in text.splitlines() if not l.strip().startswith("File")]
    print("\n".join(lines))

try:
    level1()
except RuntimeError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print([f.name for f in frames], [f.line for f in frames][-1])
    print(traceback.format_exception_only(type(e), e))
    print("context:", repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        e.add_note("while doing the inner thing")
        e.add_note("second note")
        raise
except TypeError as e:
    print(e.__notes__)
    print("".join(traceback.format_exception_only(e)), end="")


def run_all(tasks):
    errors = []
    for t in tasks:
        try:
            t()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)


try:
    run_all([lambda: 1 / 0, lambda: int("x"), lambda: None, lambda: [][1]])
except* ZeroDivisionError as eg:
    print("zero:", [str(e) for e in eg.exceptions])
except* (ValueError, IndexError) as eg:
    print("others:", sorted(type(e).__name__ for e in eg.exceptions), eg.message)

eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), ValueError("c")])])
match, rest = eg.split(ValueError)
print(repr(match), "|", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print([str(x) for x in traceback.format_exception_only(eg)])

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
try:
    parse_port("99999")
except ValidationError:
    log.exception("port check failed")
print("---")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("careful", stacklevel=1)
print([(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(ValidationError, (KeyError, ValueError)), ValidationError.__mro__[1:3])
e = ValidationError("x", detail="d")
print(repr(e), e.args, str(e), e.detail)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
sys.stdout.flush()
raise ConfigError("fatal at end", detail="exit 1")
