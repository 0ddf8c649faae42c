import threading

data = threading.local()
data.x = "main"
seen = []


def f(i):
    seen.append(hasattr(data, "x"))
    data.x = i
    seen.append(data.x)


ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(data.x, seen)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)


m = MyLocal(7)
m.add(1)
res = []

def g():
    res.append((m.v, m.add("t")))

t = threading.Thread(target=g)
t.start()
t.join()
print(res, m.items, m.add(2))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    data.missing
except AttributeError as e:
    print("AttributeError")

# Timer
fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
print(fired)
t2 = threading.Timer(10, fired.append, args=["never"])
t2.start()
t2.cancel()
t2.join()
print(fired)

# exceptions in a thread go to excepthook; the thread ends.
caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

def boom():
    raise ValueError("bad")

t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print(caught)
threading.excepthook = old

# Threads left unjoined still run before exit.
def last():
    print("ran before exit")

threading.Thread(target=last).start()

