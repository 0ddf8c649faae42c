def gen(items):
    for i, item in enumerate(items):
        yield f"{i:>3}: {item!r}"
    yield from (x for x in items)
a, *rest = [1, 2, 3]
d = {k: v for k, v in zip("ab", rest)}
