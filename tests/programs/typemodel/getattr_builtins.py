class C:
    a = 1


c = C()
print(getattr(c, "a"), getattr(c, "b", "default"))
try:
    getattr(c, "b")
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(c.b)
delattr(c, "b")
print(hasattr(c, "b"))
try:
    delattr(c, "b")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 1)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(C, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr()
except TypeError as e:
    print("TypeError", e)
