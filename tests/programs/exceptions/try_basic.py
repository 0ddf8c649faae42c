def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", a, b)
print(div(6, 3))
print(div(1, 0))
try:
    [][0]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    int("x")
except ValueError:
    print("bare ValueError clause")
try:
    raise RuntimeError("a", 1, None)
except RuntimeError as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise KeyError("key")
except LookupError as e:
    print("LookupError caught", repr(e), str(e))
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    try:
        1 / 0
    except ValueError:
        print("wrong")
except ZeroDivisionError:
    print("outer caught")
e = None
try:
    raise TypeError("t")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
