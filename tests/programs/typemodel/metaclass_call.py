class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value, name="cfg"):
        self.value = value
        self.name = name


a = Config(1, name="a")
b = Config(2)
print(a is b, a.value, a.name)


class Counting(type):
    count = 0

    def __call__(cls, *args):
        Counting.count += 1
        obj = type.__call__(cls, *args)
        obj.serial = Counting.count
        return obj


class P(metaclass=Counting):
    def __init__(self, x):
        self.x = x


ps = [P(i) for i in range(3)]
print([(p.x, p.serial) for p in ps])
