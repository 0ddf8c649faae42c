x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError (wrong):", e)
print(issubclass(UnboundLocalError, NameError))
def g():
    if False:
        y = 1
    return y
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
def h():
    del_me = 1
    del del_me
    return del_me
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(outer())
