class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="first"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="third"):
    pass


print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))


class Strict:
    pass


try:
    class Bad(Strict, flag=True):
        pass
except TypeError as e:
    print("TypeError", e)


class Twice:
    def __init_subclass__(cls):
        print("Twice sub", cls.__name__)
        super().__init_subclass__()


class T1(Twice):
    def __init_subclass__(cls):
        print("T1 sub", cls.__name__)
        super().__init_subclass__()


class T2(T1):
    pass


print(type(Twice.__dict__["__init_subclass__"]).__name__)
