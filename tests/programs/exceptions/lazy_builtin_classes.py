try:
    {}["k"]
except LookupError as e:
    print("caught", type(e).__name__, isinstance(e, KeyError), KeyError.__mro__)
try:
    int("x")
except ValueError as e:
    print("ValueError", e)
print(IOError is OSError, EnvironmentError.__name__, issubclass(FileNotFoundError, OSError))
print(ZeroDivisionError.__bases__, ArithmeticError.__subclasses__() if hasattr(ArithmeticError, "__subclasses__") else "")
try:
    raise StopIteration(5)
except Exception as e:
    print(repr(e), e.value)
def g():
    yield 1
print(list(g()), next(iter([]), "dflt"))
try:
    undefined_name
except NameError as e:
    print(e)
class MyErr(RuntimeError): pass
try:
    raise MyErr("m")
except RuntimeError as e:
    print(type(e).__name__, MyErr.__mro__)
print(OSError(2, "nf").__class__.__name__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"))
g = globals()
print("ValueError" in dir(__builtins__) if not isinstance(__builtins__, dict) else "ValueError" in __builtins__)
