class A:
    pass
try:
    A(1)
except TypeError as e:
    print("TypeError", e)
class B:
    def __new__(cls, *args):
        return super().__new__(cls)
b = B(1, 2)
print(type(b).__name__)
class C:
    def __init__(self, x):
        self.x = x
print(C(5).x)
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str, 1)
except TypeError as e:
    print("TypeError", e)
try:
    tuple.__new__(int)
except TypeError as e:
    print("TypeError", e)
