# type's __name__ / __qualname__ / __bases__ win over class-body bindings of the same
# name on the class; instances still see the class-body value.
class NamedBar:
    __name__ = 'bar'
    __qualname__ = 'Q'


print(NamedBar.__name__, NamedBar().__name__)
print(NamedBar.__qualname__)


class Child(NamedBar):
    pass


print(Child.__name__, Child().__name__)


class Odd:
    __bases__ = 'not bases'
    __mro__ = 'not mro'


print(Odd.__bases__, Odd.__mro__ == (Odd, object), Odd().__bases__)
