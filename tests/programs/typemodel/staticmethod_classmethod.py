class C:
    @staticmethod
    def s(x, y=2):
        return x + y

    @classmethod
    def c(cls, x):
        return cls.__name__, x

    def plain(self):
        return self


class D(C):
    pass


sm = C.__dict__["s"]
cm = C.__dict__["c"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(1), cm.__func__(D, 5))
print(C.s(1), C().s(1, 3), D.c(1), D().c(2))
print(C.c.__self__ is C, D.c.__self__ is D, D().c.__self__ is D)
print(C.plain.__qualname__, C.plain(5))
bound = C().plain
print(bound.__self__.__class__.__name__, bound.__func__ is C.__dict__["plain"])
try:
    C.c()
except TypeError as e:
    print("TypeError", e)
try:
    C.s()
except TypeError as e:
    print("TypeError", e)
print(staticmethod(len)("abc"))
