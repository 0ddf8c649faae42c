def a():
    raise ValueError("inner")
def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("ctx") 
excs = []
for f in [a, b]:
    try:
        f()
    except Exception as e:
        excs.append(e)
def work():
    try:
        raise ExceptionGroup("jobs", excs + [KeyError("k")])
    except* KeyError:
        raise OSError("new one")
work()
