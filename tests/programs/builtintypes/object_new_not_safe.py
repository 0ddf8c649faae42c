class P(int):
    pass
class L(list):
    pass
try:
    object.__new__(P)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(L)
except TypeError as e:
    print("TypeError", e)
print(type(L.__new__(L)).__name__, list.__new__(L), type(list.__new__(L)).__name__)
class A:
    pass
print(type(object.__new__(A)).__name__)
try:
    object.__new__(A, 1)
except TypeError as e:
    print("TypeError", e)
