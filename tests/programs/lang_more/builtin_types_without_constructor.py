def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
def g(): yield
t(lambda: type(None)())
t(lambda: type(NotImplemented)())
t(lambda: type(...)())
t(lambda: type(g())())
t(lambda: type({}.keys())())
t(lambda: type(len)())
t(lambda: type(iter(int, 1))())
