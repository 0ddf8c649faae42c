def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise
    except* TypeError as e:
        raise e
try:
    f()
except ExceptionGroup as g:
    print(repr(g))
def h():
    try:
        try:
            raise ExceptionGroup("inner", [ValueError(1), KeyError(2)])
        except* ValueError:
            print("inner handled")
    except* KeyError as e:
        print("outer got", repr(e))
h()
try:
    raise ExceptionGroup("x", [ValueError(1)])
except ExceptionGroup as e:
    print("plain except catches group", e)
try:
    raise ExceptionGroup("x", [ValueError(1)])
except Exception as e:
    print(type(e).__name__)
def nested_fn():
    try:
        raise ValueError
    except* ValueError:
        def inner():
            return 5
        print(inner())
nested_fn()
