pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
    (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (ValueError, Exception), (TypeError, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (UnicodeDecodeError, ValueError), (ModuleNotFoundError, ImportError),
    (bool, int), (Exception, BaseException),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arith"
    except LookupError:
        return "lookup"
    except Exception as e:
        return "exception " + type(e).__name__
print([catch(e) for e in [ZeroDivisionError(), KeyError(), IndexError(), ValueError(), OverflowError()]])
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
print(ZeroDivisionError.__mro__[1].__name__, [c.__name__ for c in KeyError.__mro__])
