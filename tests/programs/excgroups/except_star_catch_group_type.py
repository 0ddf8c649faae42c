for t in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)]:
    try:
        try:
            raise ValueError(1)
        except* t:
            pass
    except TypeError as e:
        print(e)
try:
    try:
        raise ValueError(1)
    except* int:
        pass
except TypeError as e:
    print(e)
