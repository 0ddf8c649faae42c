x = 1
def f():
    return x + len([1])
print(f())
x = 5
print(f())
del x
try:
    f()
except NameError as e:
    print(e)
x = 7
print(f())
len = lambda s: 100
print(f())
del len
print(f())
import math
g = {}
for i in range(5):
    total = i * 2
print(total, i)
def h():
    global y
    y = 3
    return y + 1
print(h(), y)
def shadow():
    return abs(-3)
print(shadow())
abs = lambda v: "mine"
print(shadow())
del abs
print(shadow())
globals()["late"] = 42
def gl(): return late
print(gl())
globals()["late"] = 43
print(gl())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
    counter += 10
print(counter)
acc = 0
for n in range(100):
    acc = acc + n
    if n == 50:
        newname = n
print(acc, newname)
