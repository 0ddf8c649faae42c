class Meta(type):
    created = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        Meta.created.append(name)
        return cls


class Base(metaclass=Meta):
    pass


class Child(Base):
    pass


class GrandChild(Child):
    pass


print(Meta.created)
print(type(GrandChild) is Meta)
X = type("X", (Base,), {"v": 1})
print(type(X).__name__, X.v, Meta.created)
