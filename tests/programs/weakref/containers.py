import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K%d" % self.n


keys = [K(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
for i, k in enumerate(keys):
    wv["k%d" % i] = k
print(len(wv), sorted(wv.keys()), wv["k2"], "k3" in wv, wv.get("nope", "dflt"))
del keys[1], keys[2]
gc.collect()
print(len(wv), sorted(wv.keys()), "k1" in wv, wv.get("k1"))
try:
    wv["k1"]
except KeyError as e:
    print("KeyError", e)
print(sorted(wv.items(), key=lambda kv: kv[0]))
print(wv.pop("k0"), len(wv))
print(wv.setdefault("k4", None), len(wv))

wk = weakref.WeakKeyDictionary()
a, b, c = K(10), K(11), K(12)
wk[a] = "a"
wk[b] = "b"
wk[c] = "c"
print(len(wk), wk[a], b in wk, sorted(wk.values()))
del b
gc.collect()
print(len(wk), sorted(v for v in wk.values()), sorted(k.n for k in wk.keys()))
wk[a] = "a2"
print(wk.get(a), len(wk))
del wk[a]
print(len(wk), a in wk, 5 in wk)

ws = weakref.WeakSet()
items = [K(20), K(21), K(22)]
for it in items:
    ws.add(it)
ws.add(items[0])
print(len(ws), items[1] in ws, 3 in ws)
items.pop()
gc.collect()
print(len(ws), sorted(k.n for k in ws))
ws.discard(items[0])
print(len(ws), sorted(k.n for k in ws))
other = weakref.WeakSet(items)
print(len(ws | other), len(other - ws), ws <= other)


class C:
    def method(self):
        return "called"


obj = C()
wm = weakref.WeakMethod(obj.method)
print(wm()())
del obj
gc.collect()
print(wm())
