cases = [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", [ValueError(), "x"]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m"),
    lambda: BaseExceptionGroup(),
    lambda: ExceptionGroup("m", None),
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
