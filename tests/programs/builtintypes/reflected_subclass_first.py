class A:
    def __add__(self, o):
        return "A.add"
    def __radd__(self, o):
        return "A.radd"
    def __lt__(self, o):
        return "A.lt"
    def __gt__(self, o):
        return "A.gt"
class B(A):
    def __radd__(self, o):
        return "B.radd"
    def __gt__(self, o):
        return "B.gt"
print(A() + B(), A() < B(), B() + A(), B() < A())
class C(A):
    pass
print(A() + C(), A() < C())
class P(int):
    def __radd__(self, o):
        return "P.radd"
    def __gt__(self, o):
        return "P.gt"
print(1 + P(2), 1 < P(2), P(2) + 1, P(1) < 2)
class N(A):
    def __radd__(self, o):
        return NotImplemented
print(A() + N())
