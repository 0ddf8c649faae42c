def deco(fn):
    return fn.nothing


@deco
def f():
    pass
