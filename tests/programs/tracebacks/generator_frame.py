def gen():
    yield 1
    yield 1 / 0


for v in gen():
    pass
