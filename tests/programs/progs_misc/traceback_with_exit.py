# The __exit__ call of a with statement is reported at the with line, whichever way the
# block is left; __exit__ receives the traceback.
import traceback

class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if tb is not None:
            print("exit got", t.__name__, [f.name for f in traceback.extract_tb(tb)])
        raise KeyError("from exit")

def normal():
    with CM():
        x = 1
        y = 2

def returning():
    with CM():
        x = 1
        return x

def raising():
    with CM() as c, CM():
        raise ValueError("body")

def looping():
    for i in range(3):
        with CM():
            if i == 0:
                break

for fn in (normal, returning, raising, looping):
    try:
        fn()
    except KeyError:
        print(traceback.format_exc())
