# Builtin exception attributes are descriptors on the class, as in CPython.
e = ValueError(1, 2)
print(type(Exception.args).__name__, type(BaseException.__traceback__).__name__)
print(type(BaseException.__suppress_context__).__name__)
print(Exception.args.__get__(e))
print(BaseException.__dict__['args'])
print(repr(BaseException.__cause__))
print(OSError.errno, type(OSError.errno).__name__)
print(StopIteration.value, SystemExit.code, ImportError.name)
print(SyntaxError.msg, SyntaxError.lineno)
print('args' in BaseException.__dict__, 'args' in Exception.__dict__)
# reading and writing through the descriptor agrees with attribute access
BaseException.args.__set__(e, [3, 4])
print(e.args, e)
oe = OSError(2, 'No such file', 'x.txt')
print(OSError.errno.__get__(oe), OSError.strerror.__get__(oe), OSError.filename.__get__(oe))
oe.errno = 5
print(oe.errno, OSError.errno.__get__(oe))
print(StopIteration.value.__get__(StopIteration(7)))
c = KeyError('k')
BaseException.__cause__.__set__(c, e)
print(repr(c.__cause__), c.__suppress_context__)
try:
    BaseException.args.__get__(5)
except TypeError as x:
    print('TypeError', x)
try:
    BaseException.__cause__.__set__(c, 5)
except TypeError as x:
    print('TypeError', x)
# the instance attributes still work
try:
    raise ValueError('v')
except ValueError as x:
    print(x.args, type(x.__traceback__).__name__, x.__context__)
class E(Exception):
    args = 'shadowed'
print(E().args)
class F(Exception):
    pass
print(F.__doc__, F('a').args)
print(ValueError().__doc__, ValueError.__doc__ == ValueError('x').__doc__)
print(KeyError.__doc__ is not None, F().__doc__)
