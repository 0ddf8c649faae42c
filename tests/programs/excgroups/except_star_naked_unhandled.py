def f():
    try:
        raise ValueError(1)
    except* TypeError:
        print("no")
try:
    f()
except ValueError as e:
    print("naked goes on unchanged", repr(e))
except ExceptionGroup:
    print("wrapped?")
