# Builtin types and their instances have a __doc__ string; user classes keep theirs.
for t in (int, str, dict, list, tuple, set, bytes, float, object, type, range):
    print(t.__name__, isinstance(t.__doc__, str), t.__doc__ == t().__doc__ if t not in (type, range) else "")
print("dict" in dict().__doc__)
print(TypeError.__doc__ == TypeError().__doc__, isinstance(BaseException.__doc__, str))
class A:
    "A's doc"
class B(A):
    pass
print(A.__doc__, A().__doc__, B.__doc__)
class E(ValueError):
    pass
print(E.__doc__, E().__doc__)
def f():
    "f's doc"
print(f.__doc__)
