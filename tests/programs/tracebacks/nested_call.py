def inner(x):
    return int(x)
def outer():
    return [inner("a")][0]
outer()
