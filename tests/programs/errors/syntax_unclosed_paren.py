print("no output")
result = foo(1, 2,
print("x")
value = 3
