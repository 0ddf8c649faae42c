# call_soon/call_later/call_at ordering, handles, cancel, stop/run_forever, close.
# Timers 100 ms apart: the order holds even when scheduling them is slow (GC stress).
import asyncio

loop = asyncio.new_event_loop()
print(repr(loop).replace("_UnixSelectorEventLoop", "Loop"))
order = []


def cb(name, *rest):
    order.append((name,) + rest)


start = loop.time()
loop.call_soon(cb, "soon1")
loop.call_soon(cb, "soon2", 1, 2)
loop.call_later(0.3, cb, "later30")
loop.call_later(0.1, cb, "later10")
h = loop.call_later(0.2, cb, "cancelled")
print(type(h).__name__, h.cancelled())
h.cancel()
print(h.cancelled())
loop.call_at(start + 0.2, cb, "at20")
loop.call_later(0.4, loop.stop)
loop.run_forever()
elapsed = loop.time() - start
print(order)
print(elapsed >= 0.35, elapsed < 5)
print(loop.is_running(), loop.is_closed())

# stop() before run_forever: one pass over what is ready, then stop.
loop.call_soon(cb, "a")
loop.stop()
loop.call_soon(cb, "b")
loop.run_forever()
print(order[-2:])

# callbacks scheduled by callbacks run on the next pass
def chain(n):
    order.append(("chain", n))
    if n < 3:
        loop.call_soon(chain, n + 1)
    else:
        loop.stop()

loop.call_soon(chain, 0)
loop.run_forever()
print(order[-4:])

t = loop.call_later(1, cb, "x")
print(isinstance(t, asyncio.TimerHandle), isinstance(t, asyncio.Handle))
print(t.when() > loop.time())
t.cancel()

try:
    loop.call_later(None, cb)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_at(None, cb)
except TypeError as e:
    print("TypeError:", e)

loop.close()
print(loop.is_closed())
loop.close()
for f in (lambda: loop.call_soon(cb, 1), lambda: loop.run_forever(), lambda: loop.call_later(1, cb)):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
