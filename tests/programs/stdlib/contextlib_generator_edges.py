from contextlib import contextmanager
@contextmanager
def cm():
    try:
        yield "v"
    except Exception as e:
        print("handled", type(e).__name__)
        raise
    finally:
        print("cleanup")
for exc in (ValueError("a"), KeyError("b"), StopIteration("c")):
    try:
        with cm():
            raise exc
    except Exception as e:
        print("outer", type(e).__name__, e is exc)
@contextmanager
def ignoring_generator_exit():
    try:
        yield
    except ValueError:
        yield
try:
    with ignoring_generator_exit():
        raise ValueError
except RuntimeError as e:
    print(e)
@contextmanager
def gen_raises_stop():
    yield
    raise StopIteration
try:
    with gen_raises_stop():
        pass
except RuntimeError as e:
    print(type(e).__name__)
c = cm()
with c as v:
    print(v)
try:
    with c:
        pass
except AttributeError as e:
    print("reuse fails")
