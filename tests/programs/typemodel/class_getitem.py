class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int])
print(Box["x"])


class Sub(Box):
    pass


print(Sub[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    def __getitem__(cls, item):
        return ("meta", cls.__name__, item)


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(Both[1])
