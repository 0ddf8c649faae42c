def risky():
    raise ValueError("original")
try:
    try:
        risky()
    except ValueError:
        print("handling, re-raising")
        raise
except ValueError as e:
    print("outer got", e)
try:
    try:
        risky()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), "context:", type(e.__context__).__name__, "cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def handler():
    try:
        raise IndexError("i")
    except IndexError as e:
        return e
err = handler()
print(type(err).__name__, err.args)
try:
    raise err
except IndexError as e2:
    print("raised stored exception", e2 is err)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__))
