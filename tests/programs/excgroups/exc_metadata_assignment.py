e = ValueError(1)
e.__cause__ = KeyError(2)
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
e.__context__ = None
e.__suppress_context__ = False
print(e.__suppress_context__)
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        v.add_note("n")
        raise
try:
    f()
except ExceptionGroup as g:
    print(repr(g))
def h():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v from None
try:
    h()
except ExceptionGroup as g:
    print(repr(g), [repr(x) for x in g.exceptions])
