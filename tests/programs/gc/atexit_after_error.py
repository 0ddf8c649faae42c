import atexit

atexit.register(print, "atexit runs after the traceback")
raise KeyError("boom")
