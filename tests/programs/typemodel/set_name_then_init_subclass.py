order = []


class Field:
    def __set_name__(self, owner, name):
        order.append(("set_name", owner.__name__, name))


class Base:
    def __init_subclass__(cls, **kw):
        order.append(("init_subclass", cls.__name__, sorted(kw)))
        super().__init_subclass__()


class Model(Base, flag=1):
    a = Field()
    b = Field()


for o in order:
    print(o)
