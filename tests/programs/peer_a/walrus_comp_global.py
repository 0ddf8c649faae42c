# A walrus target in a comprehension binds in the enclosing function, honouring that
# function's global/nonlocal declarations.
def set_global():
    global counter
    found = [counter := n for n in range(4) if n % 2]
    return found


print(set_global(), counter)


def nested():
    def inner():
        global last
        return [last := c for c in "xyz"]

    out = inner()
    return out


print(nested(), last)


def outer():
    total = 0

    def inner():
        nonlocal total
        [total := total + v for v in (1, 2, 3)]

    inner()
    return total


print(outer())


def plain():
    [tmp := i * i for i in range(3)]
    return tmp


print(plain(), "tmp" in globals())
