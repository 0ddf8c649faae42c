class Desc:
    def __get__(self, obj, owner=None):
        if obj is None:
            return ("class access", owner.__name__)
        return ("instance access", type(obj).__name__, owner.__name__)


class A:
    x = Desc()


class B(A):
    pass


print(A.x)
print(B.x)
print(A().x)
print(B().x)
print(type(A.__dict__["x"]).__name__)


class Meta(type):
    m = Desc()


class K(metaclass=Meta):
    pass


print(K.m)
