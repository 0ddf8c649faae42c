import queue
import threading

q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(10):
    q.put(i)
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(sorted(results))
print(all(not w.is_alive() for w in workers), q.empty())

# The documentation's pattern: daemon workers, q.join(), then exit.
jobs = queue.Queue()
done = []

def daemon_worker():
    while True:
        item = jobs.get()
        done.append(item.upper())
        jobs.task_done()

for _ in range(2):
    threading.Thread(target=daemon_worker, daemon=True).start()
for word in ["a", "b", "c"]:
    jobs.put(word)
jobs.join()
print(sorted(done))

# Producer thread, consumer main.
out = queue.Queue()

def produce():
    for i in range(5):
        out.put(i)
    out.put("done")

threading.Thread(target=produce).start()
got = []
while True:
    v = out.get()
    if v == "done":
        break
    got.append(v)
print(got)

try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout")
