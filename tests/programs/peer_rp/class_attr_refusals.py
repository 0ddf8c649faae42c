# __class__ assignment on builtin objects, and del of a class's special attributes or of
# anything on a builtin type, are TypeErrors (nothing is changed).
class B:
    pass
for obj in [1, "s", [], 1.5, None, (1,), len]:
    try:
        obj.__class__ = B
    except TypeError as e:
        print(type(obj).__name__, e)
class D:
    __qualname__ = "DD"
    x = 1
for n in ["__qualname__", "__name__", "__module__", "__doc__"]:
    try:
        delattr(D, n)
    except TypeError as e:
        print(e)
print(D.__qualname__, D.__name__, D.__module__, D.__doc__)
del D.x
print(hasattr(D, "x"))
for n in ["bit_length", "__qualname__", "nope"]:
    try:
        delattr(int, n)
    except TypeError as e:
        print(e)
print((5).bit_length())
try:
    del list.append
except TypeError as e:
    print(e)
print([1].append(2))
