class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.owner = owner

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)


class Model:
    a = Field()
    b = Field()
    plain = 3


m = Model()
print(m.a, Model.a.name, Model.b.owner.__name__)


class Later:
    pass


f = Field()
Later.c = f
print(hasattr(f, "name"))


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)


try:
    class X:
        d = Boom()
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__)
