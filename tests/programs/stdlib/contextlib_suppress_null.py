from contextlib import suppress, nullcontext, closing
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress():
    pass
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
try:
    with closing(Res()):
        raise ValueError
except ValueError:
    print("value error after close")
