def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
try:
    f()
except ExceptionGroup as e:
    print(repr(e))
    print(repr(e.exceptions[0].__context__))
def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")
try:
    g()
except KeyError as e:
    print("single new exception", repr(e))
def h():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise OSError("b")
try:
    h()
except ExceptionGroup as e:
    print(repr(e))
