def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
            yield i
        except* ValueError as e:
            yield ("V", len(e.exceptions))
        except* TypeError:
            yield "T"
print(list(gen()))
def fin():
    try:
        try:
            raise ValueError(1)
        except* ValueError:
            raise KeyError(2)
        finally:
            print("finally runs")
    except KeyError as k:
        print("got", repr(k))
fin()
def deep():
    try:
        raise ExceptionGroup("a", [ExceptionGroup("b", [ValueError(1)]), TypeError(2)])
    except* ValueError as e:
        print(repr(e))
        try:
            raise
        except* ValueError as inner:
            print("inner", repr(inner))
    except* TypeError as t:
        print(repr(t))
deep()
class A:
    try:
        raise ExceptionGroup("cls", [ValueError()])
    except* ValueError as err:
        where = "class body"
print(A.where, hasattr(A, "err"))
x = None
try:
    raise ExceptionGroup("m", [ValueError()])
except* ValueError:
    x = "handled at module level"
print(x)
