# exceptions
try:
    1/0
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.args)
try:
    try:
        raise ValueError('a')
    except ValueError as e:
        raise KeyError('b') from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def f():
    try:
        return 1
    finally:
        print('fin')
print(f())
for i in range(3):
    try:
        if i == 1: continue
        print('body', i)
    finally:
        print('finally', i)
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try: raise MyErr('m', 5)
except MyErr as e: print(e, e.code, e.args)
try: {}['x']
except KeyError as e: print(str(e), repr(e))
try: [][1]
except IndexError as e: print(e)
try: int('x')
except ValueError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: undefined_name
except NameError as e: print(e)
try: 'a' + 1
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: f(1, 2)
except TypeError as e: print(e)
import sys
try: raise RuntimeError('x')
except: print(sys.exc_info()[0].__name__)
e = Exception('a', 1); print(str(e), repr(e))
print(repr(ValueError()), str(KeyError('k')), str(OSError(2, 'No such')))
try:
    assert 1 == 2, 'msg'
except AssertionError as e: print('assert', e)
with_ = None
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None); return True
with CM() as c:
    raise ValueError
print('after')
try:
    raise ValueError('x')
except (TypeError, ValueError) as e:
    print('tuple', e)
print(issubclass(KeyError, LookupError), isinstance(StopIteration(), Exception))
try:
    try: raise ValueError(1)
    finally: print('f1')
except ValueError: print('caught')
def gen():
    raise StopIteration
    yield
try: list(gen())
except RuntimeError as e: print(e)
