def inner():
    yield 1
    raise StopIteration("escaped")


def outer():
    for v in inner():
        print(v)


outer()
