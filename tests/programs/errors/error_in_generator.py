def gen():
    yield 1
    yield 2
    raise LookupError("generator broke")
for v in gen():
    print(v)
