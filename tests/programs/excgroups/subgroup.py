eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("n", [TypeError(3)])])
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup(ValueError)))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(ExceptionGroup) is eg)
try:
    eg.subgroup(1)
except TypeError as e:
    print(e)
try:
    eg.split("x")
except TypeError as e:
    print(e)
