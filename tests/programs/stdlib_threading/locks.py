import threading

l = threading.Lock()
print(l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        l.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
with l:
    print("inside", l.locked())
print(l.locked())

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()

# Shared counter with a lock in many threads.
counter = 0
clock = threading.Lock()

def inc(n):
    global counter
    for _ in range(n):
        with clock:
            counter += 1

ts = [threading.Thread(target=inc, args=(1000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)

# Semaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

running = 0
peak = 0
sem = threading.Semaphore(3)

def limited():
    global running, peak
    with sem:
        running += 1
        peak = max(peak, running)
        running -= 1

ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak <= 3)

# Event
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

ready = threading.Event()
got = []

def waiter():
    ready.wait()
    got.append("woke")

t = threading.Thread(target=waiter)
t.start()
got.append("setting")
ready.set()
t.join()
print(got)
