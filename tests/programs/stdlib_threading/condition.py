import threading
import time

cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        consumed.append(items.pop(0))


def producer(n):
    with cond:
        items.append(n)
        cond.notify()


cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
ps = [threading.Thread(target=producer, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for t in cs + ps:
    t.join()
print(sorted(consumed))

c2 = threading.Condition(threading.Lock())
try:
    c2.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with c2:
    print(c2.wait(0.01))
    print(c2.wait_for(lambda: 42, 0.01))
    print(c2.wait_for(lambda: 0, 0.01))

# wait_for with a flag set by another thread.
state = {"done": False}
cv = threading.Condition()

def finish():
    time.sleep(0.01)
    with cv:
        state["done"] = True
        cv.notify_all()

threading.Thread(target=finish).start()
with cv:
    print(cv.wait_for(lambda: state["done"]))

# Barrier
order = []
bar = threading.Barrier(3, action=lambda: order.append("all arrived"))

def party(i):
    order.append("before")
    idx = bar.wait()
    order.append("after")

ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
print(bar.parties, bar.n_waiting, bar.broken)
b1 = threading.Barrier(2)
try:
    b1.wait(0.01)
except threading.BrokenBarrierError:
    print("broken", b1.broken)
b1.reset()
print(b1.broken)
