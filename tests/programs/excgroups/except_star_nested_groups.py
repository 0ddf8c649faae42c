eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
try:
    raise eg
except* ValueError as e:
    print("V", repr(e))
except* TypeError as e:
    print("T", repr(e))
except* KeyError as e:
    print("K", repr(e))
