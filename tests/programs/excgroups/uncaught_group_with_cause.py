try:
    raise KeyError("orig")
except KeyError as k:
    raise ExceptionGroup("caused", [ValueError(1)]) from k
