try:
    try:
        raise ExceptionGroup("first", [ValueError(1)])
    except* ValueError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e), repr(e.__context__))
