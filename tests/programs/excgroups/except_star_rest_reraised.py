def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("handled", repr(e))
try:
    f()
except ExceptionGroup as e:
    print("rest", repr(e))
