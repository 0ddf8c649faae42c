def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        pass
    except* TypeError:
        raise
try:
    f()
except ExceptionGroup as e:
    print(repr(e))
def g():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
try:
    g()
except ExceptionGroup as e:
    print("naked re-raised as", repr(e))
