for src in ["x = 1", "1; 2", "if 1: pass", "1 +", ")"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
