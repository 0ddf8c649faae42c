class Meta(type):
    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"

    def __str__(cls):
        return "str:" + cls.__name__

    def __eq__(cls, other):
        return getattr(other, "key", None) == getattr(cls, "key", None)

    def __hash__(cls):
        return hash(cls.key)

    def __lt__(cls, other):
        return cls.key < other.key

    def __add__(cls, other):
        return cls.key + other.key


class A(metaclass=Meta):
    key = 1


class B(metaclass=Meta):
    key = 1


class C(metaclass=Meta):
    key = 2


print(repr(A), str(A), A)
print(f"{A!r} {A}")
print([A, C])
print(A == B, A == C, A != C)
print(hash(A) == hash(B), len({A, B, C}))
print(A < C, sorted([C, A])[0] is A)
print(A + C)


class Plain:
    pass


print(repr(Plain)[:15], Plain == Plain, Plain != int)
