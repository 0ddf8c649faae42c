"""Validation with descriptors, __set_name__, a metaclass registry, and __getattr__ proxies."""


class Field:
    def __init__(self, kind, *, minimum=None, default=None):
        self.kind, self.minimum, self.default = kind, minimum, default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Field {self.name}>"


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        for b in bases:
            cls._fields = getattr(b, "_fields", []) + cls._fields
        if kwargs.get("register", True):
            mcls.registry[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj._frozen = True
        return obj


class Model(metaclass=ModelMeta, register=False):
    def __init__(self, **kw):
        for k in self._fields:
            if k in kw:
                setattr(self, k, kw.pop(k))
        if kw:
            raise TypeError(f"unexpected fields: {', '.join(sorted(kw))}")

    def __repr__(self):
        args = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({args})"


class Product(Model):
    name = Field(str, default="?")
    price = Field(float, minimum=0.0, default=0.0)


class Book(Product):
    pages = Field(int, minimum=1, default=1)


b = Book(name="SICP", price=45.5, pages=657)
print(b, b._frozen, Book._fields, sorted(ModelMeta.registry))
print(Product.price, type(Book).__name__, Book.__mro__[1].__name__)
for bad in [dict(price="free"), dict(pages=0), dict(colour="red")]:
    try:
        Book(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Book(), vars(Book(name="x")))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


px = Proxy(b)
px.price = 10.0
print(px.name, px.price, px._log)
try:
    del px.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    px.missing
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")


t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
t.celsius = -40
print(t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))


class Singleton(type):
    _inst = {}

    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]


class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v


print(Config(1) is Config(2), Config().v, isinstance(Config, Singleton))
