try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("caught", e)
ns = {}
try:
    exec("a = 1\nb = undefined_thing\nc = 3", ns)
except NameError as e:
    print(e, "a" in ns, "c" in ns)
exec("try:\n    1/0\nexcept ZeroDivisionError:\n    caught = True", ns)
print(ns["caught"])
exec("import math\nr = math.floor(3.7)", ns)
print(ns["r"], ns["math"].__name__)
eval("nonexistent + 1")
