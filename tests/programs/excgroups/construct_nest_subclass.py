class MyEG(ExceptionGroup):
    pass
try:
    MyEG("x", [SystemExit(1)])
except TypeError as e:
    print(e)
class MyBEG(BaseExceptionGroup):
    pass
g = MyBEG("y", [ValueError(3)])
print(type(g).__name__, isinstance(g, Exception))
h = MyBEG("z", [SystemExit(2)])
print(type(h).__name__)
