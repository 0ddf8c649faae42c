def step(n):
    if n == 0:
        return 1 / n
    return step(n - 1) + 1
print("deep", step(3) if False else "skip")
print(step(50))
