counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def reader():
    return x
print(reader())
def outer():
    y = 1
    def mid():
        nonlocal y
        y += 1
        def inner():
            nonlocal y
            y *= 10
        inner()
    mid()
    return y
print(outer())
def try_unbound():
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
try_unbound()
def f():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
f()
lst = []
def app():
    lst.append(1)
app(); app()
print(lst)
