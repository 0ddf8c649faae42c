def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


names = ["world", "Kestrel"]
for i, name in enumerate(names):
    print(f"hello, {name}! fib({20 + i}) = {fib(20 + i)}")
