# An exception being handled when a generator/coroutine suspends stays with it, not its caller.

def g():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
        try:
            raise KeyError("k")
        except KeyError as e:
            print("ctx", repr(e.__context__))
        yield 2
it = g()
next(it)
try:
    raise TypeError("t")
except TypeError as e:
    print("driver ctx", repr(e.__context__))
next(it)
class S:
    def __await__(self):
        yield 1
async def co():
    try:
        raise ValueError("v")
    except ValueError:
        await S()
        try:
            raise KeyError("k")
        except KeyError as e:
            print("ctx", repr(e.__context__))
c = co()
c.send(None)
try:
    raise TypeError("t")
except TypeError as e:
    print("driver ctx", repr(e.__context__))
try: c.send(None)
except StopIteration: print("done")
