# UnicodeEncodeError/DecodeError/TranslateError check their arguments as CPython does, and
# UnicodeTranslateError exists with its attributes and message.
for a in [(1,2,3,4,5),('a',2,3,4,5),('a','b','c',4,5),('a','b',1,'d',5),('a','b',1,2,5),('a','b',1,2,'r',6)]:
  for c in (UnicodeEncodeError, UnicodeDecodeError):
    try: print(repr(c(*a)))
    except Exception as e: print(c.__name__, type(e).__name__, e)
for a in [(), (1,2,3,4),('x',1,2,'r'),('x','1',2,'r')]:
    try: e=UnicodeTranslateError(*a); print(repr(e), str(e), e.start, e.object, e.encoding)
    except Exception as e: print(type(e).__name__, e)
e=UnicodeTranslateError('x\u1234y',1,2,'bad'); print(str(e))
e=UnicodeTranslateError('xay',1,2,'bad'); print(str(e))
e=UnicodeTranslateError('xay',0,2,'bad'); print(str(e))
e=UnicodeDecodeError('utf-8',bytearray(b'ab'),0,1,'r'); print(repr(e), type(e.object), e)
class U(UnicodeEncodeError): pass
try: U()
except TypeError as x: print(x)
print(U('ascii', 'é', 0, 1, 'nope'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.args, e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.args, e)
print([c.__name__ for c in UnicodeTranslateError.__mro__])
try:
    raise UnicodeTranslateError('abc', 1, 2, 'no map')
except ValueError as e:
    print(type(e).__name__, e, e.reason, e.end)
