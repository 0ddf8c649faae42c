# `nonlocal __class__` in a method (or a function nested in one) names the implicit cell.
class A:
    def m(self):
        nonlocal __class__
        r = __class__
        return r.__name__

    def k(self):
        return __class__

    def n(self):
        def g():
            nonlocal __class__
            return __class__.__name__
        return g()

    def w(self):
        def g():
            nonlocal __class__
            __class__ = 5
        g()
        return __class__


a = A()
print(a.m(), a.k().__name__, a.n())
print(a.w(), a.k())


class B:
    def f(self):
        def inner():
            def deeper():
                nonlocal __class__
                return __class__
            return deeper()
        return inner()

print(B().f().__name__)

try:
    exec("def f():\n    nonlocal __class__\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
