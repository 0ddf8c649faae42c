x = 10
exec("y = x + 5")
print(y)
exec("def f(a):\n    return a * x\n")
print(f(3))
g = {"x": 2}
exec("z = x ** 3", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
print(exec("1 + 1"))
exec("for i in range(3):\n    print('loop', i)")
