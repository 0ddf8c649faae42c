class Data:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, owner=None):
        return (self.tag, "obj" if obj is not None else "None", owner.__name__)

    def __set__(self, obj, value):
        print("set", self.tag, value)


class Meta(type):
    d = Data("meta-data")
    plain = "meta-plain"


class C(metaclass=Meta):
    d = Data("class-data")
    plain = "class-plain"


# A data descriptor on the metaclass wins over the class's own attribute.
print(C.d)
print(C.plain)
print(C().d)
C.d = 5
print(type(C.__dict__["d"]).__name__)
