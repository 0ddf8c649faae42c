class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)

    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.tagged = True
        return inst

    def __getattr__(cls, name):
        return "meta-fallback:" + name


class SubMeta(Meta):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.extra = "sub"
        return cls


class A(metaclass=SubMeta):
    def __init__(self, v):
        self.v = v


a = A(3)
print(a.v, a.tagged, A.created_by, A.extra, A.missing_thing)
try:
    a.missing_thing
except AttributeError as e:
    print("AttributeError", e)
print(type(A).__mro__[1].__name__)
