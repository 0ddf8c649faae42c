def f(a):
    return a[1] + 1

def g(x):
    return 1 / x  # comment

try:
    f([1])
except IndexError as e:
    print("caught", e)
g(0)
