print(len([1, 2]), abs(-2), max(3, 4), sorted([3, 1]))
b = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
print("len" in b, "zip" in b, "ValueError" in b, callable(b["print"]))
f = b["len"]
print(f("abc"), f is len)
del b["abs"]
try:
    abs(1)
except NameError as e:
    print("NameError:", e)
del b["KeyError"]
try:
    KeyError
except NameError as e:
    print("NameError:", e)
try:
    {}[1]
except LookupError as e:
    print(type(e).__name__)
