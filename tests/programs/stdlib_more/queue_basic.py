# queue without threads: FIFO/LIFO/priority order, bounds, nowait errors, timeouts, task_done.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [(3, 'c'), (1, 'a'), (2, 'b')]:
    lq.put(v)
    pq.put(v)
print([lq.get() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full:
    print('Full')
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(b.get(), b.get_nowait())
try:
    b.get_nowait()
except queue.Empty:
    print('Empty')
try:
    b.get(True, 0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    b.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
b.task_done()
b.task_done()
try:
    b.task_done()
except ValueError as e:
    print('ValueError', e)
b.join()
s = queue.SimpleQueue()
s.put('x')
s.put_nowait('y')
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print('Empty')
print(queue.Queue[int], issubclass(queue.Empty, Exception), queue.Empty.__module__)
