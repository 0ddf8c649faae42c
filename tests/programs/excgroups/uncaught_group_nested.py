def f():
    raise ValueError(1)
try:
    f()
except ValueError as e:
    e.add_note("note A")
    v = e
print("out")
raise ExceptionGroup("outer", [v, ExceptionGroup("inner", [TypeError(2), KeyError('k')]), OSError("x")])
