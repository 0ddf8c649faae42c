match [1, 2, 3]:
    case [a, b]:
        print("no")
    case _:
        pass
try:
    print(a)
except NameError as e:
    print("NameError", e)
def f():
    match (1, "x"):
        case (n, 0):
            pass
        case _:
            pass
    return n
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
