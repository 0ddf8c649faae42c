import threading

results = []
lock = threading.Lock()


def worker(i, scale=1):
    with lock:
        results.append(i * scale)


threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 10}) for i in range(5)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], threads[0].ident is None)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), len(threading.enumerate()))
print(threading.get_ident() == threading.main_thread().ident)
print(isinstance(threading.get_native_id(), int))

# A subclass overriding run().
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        self.seen = threading.current_thread().name


c = Counter(100)
c.start()
c.join()
print(c.total, c.seen, c.name)

# Errors of start/join.
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

class Bad(threading.Thread):
    def __init__(self):
        pass

try:
    Bad().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# daemon
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, threading.Thread(target=print).daemon)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join(1.0)
print(d.is_alive())

# Results gathered from threads in a list by index.
out = [None] * 4

def square(i):
    out[i] = i * i

ts = [threading.Thread(target=square, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
t = threading.Thread(target=square, args=(0,), name="named")
print(t.name)
t.name = "renamed"
print(t.name)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e6)
