# sys.set_asyncgen_hooks: firstiter runs once, on an async generator's first __anext__,
# asend, athrow or aclose; the finalizer is called (instead of closing it) when an unfinished
# one is collected; get_asyncgen_hooks gives both; omitted hooks are kept.
import gc
import sys

log = []


def firstiter(agen):
    log.append(("firstiter", agen.__name__))


def finalizer(agen):
    log.append(("finalizer", agen.__name__))


def drive(aw):
    try:
        aw.send(None)
    except StopIteration as stop:
        return stop.value


async def ticks():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


print(tuple(sys.get_asyncgen_hooks()))
sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks()[0] is firstiter, sys.get_asyncgen_hooks()[1] is finalizer)

g = ticks()
print(log)
print(drive(g.__anext__()), drive(g.__anext__()))
print(log)
drive(g.aclose())
print(log)
log.clear()

keep = []
for method in ("asend", "athrow", "aclose"):
    g = ticks()
    keep.append(g)
    aw = g.asend(None) if method == "asend" else getattr(g, method)(*(
        (ValueError,) if method == "athrow" else ()))
    print(method, log)
    aw.close()
    log.clear()


def run_and_drop():
    g = ticks()
    drive(g.__anext__())


keep.clear()
g = None
gc.collect()
log.clear()
run_and_drop()
gc.collect()
print("collected:", log)
log.clear()

sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1] is finalizer)
sys.set_asyncgen_hooks(finalizer=None)
print(tuple(sys.get_asyncgen_hooks()))


def hook_raises(agen):
    raise RuntimeError("from firstiter")


sys.set_asyncgen_hooks(firstiter=hook_raises)
try:
    ticks().__anext__()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.set_asyncgen_hooks(firstiter=None)

for bad in ({"firstiter": 1}, {"finalizer": "f"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
