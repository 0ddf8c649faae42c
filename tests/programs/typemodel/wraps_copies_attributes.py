import functools


def tagged(f):
    f.tag = "original"
    f.calls = 0
    return f


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


@logged
@tagged
def compute(x: int, y: int = 2) -> int:
    """Adds."""
    return x + y


print(compute(1), compute.__name__, compute.__doc__, compute.__qualname__)
print(compute.tag, compute.calls, compute.__annotations__)
print(compute.__wrapped__.__name__, sorted(compute.__dict__))
