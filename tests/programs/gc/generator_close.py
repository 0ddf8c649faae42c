import gc


def counting(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)


it = counting("a")
print(next(it))
del it
gc.collect()
print("after collect")


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def with_block():
    with CM():
        yield "in with"


w = with_block()
print(next(w))
del w
gc.collect()


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = catches()
next(c)
c = None
gc.collect()


def no_try():
    yield 1
    yield 2


n = no_try()
next(n)
del n
gc.collect()


def finished():
    try:
        yield 1
    finally:
        print("finished normally")


for _ in finished():
    pass
gc.collect()


def stubborn():
    try:
        yield 1
    finally:
        print("stubborn cleanup")
        yield 2


s = stubborn()
next(s)
del s
gc.collect()
print("done")
kept = counting("at exit")
next(kept)
