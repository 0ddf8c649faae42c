class C:
    x = 1


try:
    C.y
except AttributeError as e:
    print("AttributeError", e)
try:
    C().y
except AttributeError as e:
    print("AttributeError", e)
try:
    del C.y
except AttributeError as e:
    print("AttributeError", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError", e)
try:
    (1).foo = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".upper = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    [].x
except AttributeError as e:
    print("AttributeError", e)
C.y = 2
print(C.y, C().y)
del C.y
print(hasattr(C, "y"))
