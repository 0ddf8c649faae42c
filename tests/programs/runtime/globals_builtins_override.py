import builtins
orig = builtins.abs
builtins.abs = lambda v: "patched"
print(abs(-3))
builtins.abs = orig
print(abs(-3))
print(eval("abs(-4)", {}))
g = {"__builtins__": builtins}
print(eval("len('abc')", g))
g2 = {"__builtins__": builtins.__dict__}
print(eval("len('ab')", g2))
