for n in range(-2, 4):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
x = 10
print("big" if x > 5 else "small", ("even" if x % 2 == 0 else "odd"))
vals = [i if i % 3 else -i for i in range(10)]
print(vals)
def sign(n):
    return 1 if n > 0 else (-1 if n < 0 else 0)
print([sign(n) for n in [-5, 0, 7]])
print((lambda a: "yes" if a else "no")(0), (lambda a: "yes" if a else "no")([1]))
y = None
print(y or "default", y if y is not None else "none!")
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
