class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)

    def method(self):
        return "m"


o = Logged()
print(o.a)
print(o.method())
for i in range(3):
    o.a
print(getattr(o, "a"))


class Virtual:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)


v = Virtual()
v.real = 7
print(v.magic, v.real)
try:
    v.missing
except AttributeError as e:
    print("AttributeError", e)
