def f(exc):
    try:
        if exc:
            raise exc
        print("body ok")
    except* ValueError:
        print("value error")
    else:
        print("else")
    finally:
        print("finally")
f(None)
f(ValueError())
try:
    f(TypeError("t"))
except* TypeError as e:
    print("outer caught", repr(e))
