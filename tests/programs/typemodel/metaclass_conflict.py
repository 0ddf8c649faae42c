class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    type("C", (A, B), {})
except TypeError as e:
    print("TypeError", e)


class M3(M1, M2):
    pass


class D(A, B, metaclass=M3):
    pass


print(type(D).__name__, [k.__name__ for k in D.__mro__])


# The most derived metaclass wins even when a less derived one is given.
class E(D, metaclass=M1):
    pass


print(type(E).__name__)
