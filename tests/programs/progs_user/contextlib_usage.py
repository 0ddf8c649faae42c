"""contextlib: contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext."""
import io
import os
from contextlib import (contextmanager, suppress, ExitStack, redirect_stdout, closing,
                        nullcontext, AbstractContextManager, ContextDecorator)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html") as t1, tag("body") as t2:
    print(" content", t1, t2)

with suppress(KeyError, IndexError):
    {}["x"]
print("after suppress")
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")

try:
    with tag("err"):
        raise ValueError("inner")
except ValueError as e:
    print("caught", e)


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else None})")
        return False

    def close(self):
        self.log.append(f"closing() {self.name}")


log = []
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    with closing(Resource("z", log)):
        pass
print(log)

log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x", log))
        stack.push(lambda *exc: log.append(f"push saw {exc[0].__name__}") or True)
        raise RuntimeError("oops")
except RuntimeError:
    log.append("propagated")
print(log)

with ExitStack() as stack:
    stack.enter_context(Resource("keep", log))
    moved = stack.pop_all()
print(log[-1])
moved.close()
print(log[-1])

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print("buf:", repr(buf.getvalue()))

with nullcontext(42) as v:
    print("nullcontext", v)


class timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop", exc[0])
        return False


@timer()
def work(n):
    print("working", n)
    return n * 2


print(work(3))


class Managed(AbstractContextManager):
    def __exit__(self, *a):
        print("managed exit")


with Managed() as m:
    print(type(m).__name__)


@contextmanager
def cd_like(path, stack=[]):
    stack.append(path)
    try:
        yield list(stack)
    finally:
        stack.pop()


with cd_like("/a") as s1:
    with cd_like("/b") as s2:
        print(s1, s2)
gen_cm = tag("gen")
with gen_cm:
    pass
try:
    with gen_cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)


@contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
