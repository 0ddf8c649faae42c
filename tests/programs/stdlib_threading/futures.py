import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(8))))
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    done, not_done = wait([ex.submit(square, 3), ex.submit(square, 4)])
    print(sorted(d.result() for d in done), len(not_done))
    print(list(ex.map(pow, [2, 3], [5, 2])))

try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
print(f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError:
    print("CancelledError")
g = cf.Future()
calls = []
g.add_done_callback(lambda fut: calls.append(fut.result()))
g.set_result(5)
print(calls, g.result())
try:
    g.set_result(6)
except cf.InvalidStateError:
    print("InvalidStateError")
g.add_done_callback(lambda fut: calls.append("late"))
print(calls)

names = set()
def who(_):
    return threading.current_thread().name.startswith("pool_")

with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    print(all(ex.map(who, range(4))))

with cf.ProcessPoolExecutor() as ex:
    print(sum(ex.map(square, range(10))))

h = cf.Future()
try:
    h.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError")

with ThreadPoolExecutor(1) as ex:
    fs = {ex.submit(square, n): n for n in [3, 1, 2]}
    for fut in as_completed(fs):
        print(fs[fut], fut.result())
