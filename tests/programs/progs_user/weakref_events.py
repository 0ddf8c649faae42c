"""A simple event system with weakref-held subscribers."""
import gc
import weakref


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, callback):
        if hasattr(callback, "__self__"):
            ref = weakref.WeakMethod(callback)
        else:
            ref = weakref.ref(callback)
        self._subs.setdefault(event, []).append(ref)

    def publish(self, event, *args):
        alive = []
        delivered = 0
        for ref in self._subs.get(event, []):
            fn = ref()
            if fn is None:
                continue
            alive.append(ref)
            fn(*args)
            delivered += 1
        self._subs[event] = alive
        return delivered


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_msg(self, msg):
        self.seen.append(msg)
        print(f"  {self.name} got {msg!r}")

    def __repr__(self):
        return f"Listener({self.name})"


bus = EventBus()
a, b = Listener("a"), Listener("b")
bus.subscribe("msg", a.on_msg)
bus.subscribe("msg", b.on_msg)


def plain(msg):
    print("  plain got", msg)


bus.subscribe("msg", plain)
print(bus.publish("msg", "hello"))
del b
gc.collect()
print(bus.publish("msg", "again"))
print(len(bus._subs["msg"]), a.seen)

cache = weakref.WeakValueDictionary()
objs = [Listener(n) for n in "xyz"]
for o in objs:
    cache[o.name] = o
print(sorted(cache.keys()))
del objs[1]
gc.collect()
print(sorted(cache.keys()), cache.get("y"), "x" in cache)

meta = weakref.WeakKeyDictionary()
k1, k2 = Listener("k1"), Listener("k2")
meta[k1] = "first"
meta[k2] = "second"
del k1
gc.collect()
print(len(meta), list(meta.values()))

log = []
obj = Listener("fin")
weakref.finalize(obj, log.append, "finalized fin")
r = weakref.ref(obj, lambda ref: log.append("ref callback"))
print(r() is obj, weakref.getweakrefcount(obj))
del obj
gc.collect()
print(sorted(log), r())
s = weakref.WeakSet()
l1, l2 = Listener("s1"), Listener("s2")
s.add(l1)
s.add(l2)
del l2
gc.collect()
print(len(s), list(s))
p = weakref.proxy(a)
print(p.name, p.seen[:1])
del a
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
