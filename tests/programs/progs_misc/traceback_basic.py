import traceback, sys

def inner(x):
    raise ValueError("bad value %d" % x)

def outer():
    inner(3)

try:
    outer()
except ValueError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    t, v, tb = sys.exc_info()
    print(traceback.format_exception(t, v, tb))
    print(sys.exception() is v)
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print(traceback.format_tb(tb, limit=1))
    print(traceback.format_tb(tb, limit=-1))
    print(traceback.format_exception_only(t, v))

class MyErr(Exception):
    pass

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise MyErr("wrapped") from e
except MyErr as e:
    print("".join(traceback.format_exception(e)))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, len(te.stack))
    print("".join(te.format(chain=False)))

try:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        raise TypeError()
except TypeError as e:
    print("".join(traceback.format_exception(e)))

def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)

try:
    rec(10)
except RecursionError as e:
    print("".join(traceback.format_exception(e)))

def show_stack():
    for line in traceback.format_stack():
        print(line, end="")
    print(traceback.extract_stack()[-1].name)

def caller():
    show_stack()

caller()
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError("x")))
e = ValueError("no tb")
print(traceback.format_exception(e))
e.add_note("a note")
e.add_note("two\nlines")
print(traceback.format_exception(e))
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, list(fs), fs == ("f.py", 3, "fn", "x = 1"))
print(traceback.format_list([("a.py", 1, "f", "pass"), fs]))
try:
    raise KeyError("k")
except KeyError as e:
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    compile("x = (1,", "<s>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(BadStr()))
import collections
class Sub(collections.OrderedDict): pass

import types
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name)

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def user():
    return where()

print(user())
print(types.TracebackType.__name__)
try:
    raise ValueError("v")
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
    e.__traceback__ = None
    print(e.__traceback__)
print(sys.exc_info(), sys.exception())
