class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["x"]
    print("not reached")
print("continued 1")
with Suppress(ValueError, TypeError):
    int("bad")
print("continued 2")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("escaped:", e)
class Cleanup:
    def __enter__(self):
        print("acquire")
    def __exit__(self, *a):
        print("release", a[0].__name__ if a[0] else None)
def work(fail):
    with Cleanup():
        if fail:
            raise RuntimeError("fail")
        return "ok"
print(work(False))
try:
    work(True)
except RuntimeError as e:
    print("caught", e)
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body")
except OSError as e:
    print("OSError:", e)
class ExitRaises:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("body")
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
