from contextlib import ContextDecorator
class mycm(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("finish", exc[0].__name__ if exc[0] else None)
        return False
@mycm()
def f(a, b=2):
    print("f", a, b)
    return a + b
print(f(1))
print(f.__name__)
@mycm()
def g():
    raise ValueError("x")
try:
    g()
except ValueError:
    print("raised through")
with mycm() as m:
    print(type(m).__name__)
