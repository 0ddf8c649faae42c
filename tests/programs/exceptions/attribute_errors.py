class Foo:
    def __init__(self):
        self.a = 1
class Bar(Foo):
    pass
for obj, name in [(Foo(), "x"), (Bar(), "missing"), (5, "x"), ("s", "foo"), ([], "push"), (None, "val"), (Foo, "cls_attr"), ({}, "has_key")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Foo().a.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nosuch
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Foo(), "x", "default"), hasattr(Foo(), "a"))
