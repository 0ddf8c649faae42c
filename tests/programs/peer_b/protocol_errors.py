# Errors for objects lacking part of a protocol: with-statements and iter(callable, sentinel).
class EnterOnly:
    def __enter__(self):
        print("entered")
        return self

class ExitOnly:
    def __exit__(self, *exc):
        return False

class Both(EnterOnly):
    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__ if kind else None)
        return True

for make in (EnterOnly, ExitOnly, int, Both):
    try:
        with make() as m:
            raise RuntimeError("body")
    except TypeError as e:
        print("TypeError:", e)
    print("after", make.__name__)

for args in ((1, 2), ("abc", "b"), (None, None)):
    try:
        iter(*args)
    except TypeError as e:
        print("TypeError:", e)

counter = iter(range(10)).__next__
print(list(iter(counter, 4)))
class Ticker:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Ticker(), 3)))
