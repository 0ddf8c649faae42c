class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 1, "s", 2.0, True, None, [1], (1,), {1: 1}]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, str)), isinstance(o, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, (int,)), issubclass(int, object))
print(type(B()) == B, type(B()) == A, type(True) == int, type(type(1)).__name__, type(A).__name__)
print(A.__name__, B.__qualname__, B.__bases__ == (A,), type(None).__name__, type(len).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(int, type), isinstance(A, type), callable(A))
