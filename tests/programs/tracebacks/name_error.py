def f():
    return len(undefined_name) + 1
print(f())
