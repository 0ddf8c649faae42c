a = 1
b = "s"
def f():
    return a  **  b
def g():
    return [1, 2] [3]
def h():
    return (a) - (b)
import sys
which = 0
try:
    f()
except TypeError as e:
    print(e)
try:
    g()
except IndexError as e:
    print(e)
h()
