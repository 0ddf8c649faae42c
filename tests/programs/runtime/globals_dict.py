g = globals()
g["dyn"] = 42
print(dyn)
print(g["__name__"], type(g).__name__)
def f():
    return globals() is g
print(f())
print("__builtins__" in g)
