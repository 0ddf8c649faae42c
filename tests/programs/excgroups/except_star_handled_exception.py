import sys
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print(repr(sys.exc_info()[1]) if hasattr(sys, "exc_info") else repr(e))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("name unbound after clause")
