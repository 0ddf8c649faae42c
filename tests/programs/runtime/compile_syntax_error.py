try:
    compile("x = = 1", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
    print(str(e))
try:
    compile("def f(:\n  pass", "<s>", "exec")
except SyntaxError as e:
    print(e.lineno, e.msg)
try:
    compile("if True:\nprint(1)", "<s>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    exec("return 5")
except SyntaxError as e:
    print(e.msg)
