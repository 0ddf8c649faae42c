class A:
    cls_attr = "class"

    @property
    def prop(self):
        return "prop"

    @prop.setter
    def prop(self, v):
        print("setter", v)


a = A()
object.__setattr__(a, "x", 1)
print(object.__getattribute__(a, "x"))
print(object.__getattribute__(a, "cls_attr"))
print(object.__getattribute__(a, "prop"))
object.__setattr__(a, "prop", 9)
try:
    object.__getattribute__(a, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__getattribute__(1, "nope")
except AttributeError as e:
    print("AttributeError", e)
object.__delattr__(a, "x")
print(hasattr(a, "x"))
try:
    object.__setattr__(a, 5, 1)
except TypeError as e:
    print("TypeError", e)
