import atexit


def bye(x, sep="!"):
    print("bye", x, sep)


atexit.register(bye, 1)
atexit.register(bye, 2, sep="?")
f = atexit.register(lambda: print("lambda"))
atexit.unregister(bye)
atexit.register(bye, 3)


def fails():
    raise RuntimeError("in atexit")


atexit.register(fails)


class D:
    def __del__(self):
        print("finalized after atexit")


d = D()
print("main done")
