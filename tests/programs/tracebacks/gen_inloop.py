def leaf(n):
    for i in range(n):
        yield i
    raise ValueError("leaf failed after %d" % n)


def mid(n):
    yield from leaf(n)


def top(n):
    total = 0
    for v in mid(n):
        total += v
    return total


top(3)
