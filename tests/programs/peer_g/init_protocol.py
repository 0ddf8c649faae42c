# `__init__` goes through the descriptor protocol and must return None.
class AsyncInit:
    async def __init__(self):
        pass


class GenInit:
    def __init__(self, x):
        yield x


for cls, args in [(AsyncInit, ()), (GenInit, (1,))]:
    try:
        cls(*args)
    except TypeError as e:
        print(e)


class Recorder:
    def __init__(self):
        self.calls = []

    def record(self, *args, **kw):
        self.calls.append((args, kw))


rec = Recorder()


class BoundInit:
    __init__ = rec.record


b = BoundInit(1, 2, k=3)
print(type(b).__name__, rec.calls)


class BuiltinInit:
    __init__ = print


BuiltinInit('printed by __init__', 'only args')


class ReturnsValue:
    def __init__(self):
        return 5


try:
    ReturnsValue()
except TypeError as e:
    print(e)

# type() argument errors
for args, kw in [((1,), {'x': 1}), ((None, (), {}), {}), ((1, (), {}), {}), (('A', [], {}), {}),
                 (('A', (), []), {})]:
    try:
        type(*args, **kw)
    except TypeError as e:
        print(e)
