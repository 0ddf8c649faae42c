import queue
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


tasks = queue.Queue()
results = queue.Queue()
lock = threading.Lock()
processed = {"count": 0}


def worker(wid):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        results.put((n, is_prime(n)))
        with lock:
            processed["count"] += 1
        tasks.task_done()


threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for n in range(1, 60):
    tasks.put(n)
for _ in threads:
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(n for n, p in out if p), processed, len(out))
print([t.is_alive() for t in threads], threads[0].name)

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(is_prime, n): n for n in [97, 100, 101, 7919]}
    res = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(res)
    print(list(ex.map(lambda x: x * x, range(6))))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError from future:", e)

ev = threading.Event()
seen = []


def waiter():
    ev.wait()
    seen.append("woke")


t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(seen, ev.is_set())

cond = threading.Condition()
items = []


def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify()


def consumer(out):
    got = 0
    while got < 3:
        with cond:
            while not items:
                cond.wait()
            out.append(items.pop(0))
            got += 1


o = []
c = threading.Thread(target=consumer, args=(o,))
c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
c.join()
print(o)
local = threading.local()
local.x = "main"


def setlocal():
    local.x = "thread"
    seen.append(local.x)


t = threading.Thread(target=setlocal)
t.start(); t.join()
print(local.x, seen[-1], threading.current_thread().name, threading.active_count())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty raised")
sem = threading.BoundedSemaphore(1)
sem.acquire(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
