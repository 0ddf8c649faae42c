# Error messages of a few builtins as CPython words them.
def show(f):
    try:
        print("result:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: issubclass(int, 1))
show(lambda: isinstance(1, 1))
show(lambda: pow("x", 5, 6))
show(lambda: pow(4, "y", 6))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(1j, 2, 3))
show(lambda: pow(3, 4, 0))
show(lambda: pow(3, -1, 7))
r = range(1, 5)
s = slice(1, 2)
c = 1 + 2j


def assign(o, name):
    setattr(o, name, 0)


show(lambda: assign(r, "start"))
show(lambda: assign(s, "step"))
show(lambda: assign(c, "imag"))
show(lambda: assign(5, "real"))
