try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("caught V", repr(e))
except* TypeError as e:
    print("caught T", repr(e))
print("done")
