"""Context managers and decorators: timers without printing times, retry, ExitStack, redirect."""
import contextlib
import functools
import io
import sys
import time
import timeit


@contextlib.contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        out.append(f"!{e}")
    finally:
        out.append(f"</{name}>")


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        wrapper.attempts = times
        return wrapper
    return deco


calls = {"n": 0}


@retry(times=4, exceptions=(ConnectionError,))
def flaky(x):
    """Fails twice then works."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"try {calls['n']}")
    return x * 2


print(flaky(21), flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)


@retry(times=2)
def always_fails():
    raise OSError("disk")


try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

out = []
with tag("a", out) as t:
    out.append(t)
    with tag("b", out):
        raise ValueError("inner")
print(out)

with Timer() as tm:
    sum(range(10000))
print("timer ok:", tm.elapsed >= 0, type(tm.elapsed).__name__)
print("timeit ok:", timeit.timeit("x = sum(range(50))", number=100) > 0)
print("repeat:", len(timeit.repeat("pass", repeat=3, number=10)))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print("buffer:", buf.getvalue().strip())
with contextlib.suppress(KeyError, IndexError):
    {}["nope"]
print("suppressed")

with contextlib.ExitStack() as stack:
    logs = []
    for i in range(3):
        stack.callback(logs.append, f"cleanup {i}")
    files = [stack.enter_context(io.StringIO(f"file{i}")) for i in range(2)]
    print([f.read() for f in files])
print(logs, files[0].closed)

with contextlib.nullcontext(42) as v:
    print("nullcontext:", v)


class Resource(contextlib.AbstractContextManager):
    def __init__(self, name):
        self.name = name

    def __exit__(self, et, ev, tb):
        print(f"closing {self.name}, exc={et.__name__ if et else None}")
        return et is KeyError


with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    raise KeyError("swallowed")


@contextlib.contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e


try:
    with reraise():
        1 / 0
except ArithmeticError as e:
    print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)


class closing_thing:
    def close(self):
        print("closed thing")


with contextlib.closing(closing_thing()):
    print("inside closing")


@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


print(describe(3), "|", describe([1, "a"]), "|", describe(2.5), "|", describe(True))
print(sys.stdout is sys.__stdout__)
