class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([c.__name__ for c in D.__mro__])
print(D().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
print([c.__name__ for c in M.mro()])
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class Thing:
    pass
class Combo(Mixin, Thing):
    pass
print(Combo().hello(), [c.__name__ for c in Combo.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class P1:
    def __init__(self):
        print("P1 init")
        super().__init__()
class P2:
    def __init__(self):
        print("P2 init")
        super().__init__()
class Child(P1, P2):
    def __init__(self):
        print("Child init")
        super().__init__()
Child()
