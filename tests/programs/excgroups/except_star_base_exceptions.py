try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    print("KI", repr(e))
except* ValueError as e:
    print("VE", repr(e))
def f():
    try:
        raise KeyboardInterrupt
    except* Exception:
        print("no")
try:
    f()
except KeyboardInterrupt:
    print("KeyboardInterrupt passes through except* Exception")
