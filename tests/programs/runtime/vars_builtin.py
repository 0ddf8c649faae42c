class P:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(P()))
import math
print(vars(math) is math.__dict__)
def f():
    q = 3
    return vars()
print(f())
try:
    vars(5)
except TypeError as e:
    print(e)
