class Meta(type):
    pass


class A(metaclass=Meta):
    pass


print(repr(A), str(A), repr(Meta))
print(repr(A()).startswith("<__main__.A object at"))
print(type(A), type(type(A)))
print(A.__class__ is Meta, Meta.__class__ is type)


class Outer:
    class Inner(metaclass=Meta):
        pass


print(Outer.Inner, Outer.Inner.__qualname__)
print(isinstance(A, type), isinstance(A, Meta), isinstance(Outer, Meta))
print(issubclass(Meta, type), issubclass(type(A), type))
