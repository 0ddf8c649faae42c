# Natives that recurse over nested values raise RecursionError (CPython's messages), never crash.
def nest(n, wrap):
    x = None
    for _ in range(n):
        x = wrap(x)
    return x

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError", e)

for n in [50000]:
    a, b = nest(n, lambda x: [x]), nest(n, lambda x: [x])
    attempt(f"repr list {n}", lambda: repr(a))
    attempt(f"str list {n}", lambda: str(a))
    attempt(f"eq list {n}", lambda: a == b)
    attempt(f"ne list {n}", lambda: a != b)
    attempt(f"in list {n}", lambda: a in [b])
    attempt(f"index {n}", lambda: [b].index(a))
    attempt(f"sorted {n}", lambda: sorted([a, b]))
    attempt(f"max {n}", lambda: max([a, b]))
    attempt(f"format {n}", lambda: f"{a}")
    attempt(f"percent {n}", lambda: "%s" % (a,))
    attempt(f"exc str {n}", lambda: str(Exception(a)))
    t, u = nest(n, lambda x: (x,)), nest(n, lambda x: (x,))
    attempt(f"repr tuple {n}", lambda: repr(t))
    attempt(f"lt tuple {n}", lambda: t < u)
    d, e = nest(n, lambda x: {1: x}), nest(n, lambda x: {1: x})
    attempt(f"repr dict {n}", lambda: repr(d))
    attempt(f"eq dict {n}", lambda: d == e)
    attempt(f"json {n}", lambda: __import__("json").dumps(a))
    del a, b, t, u, d, e

# Moderate nesting works, self-reference prints as CPython.
print(len(repr(nest(200, lambda x: [x]))), nest(200, lambda x: (x,)) == nest(200, lambda x: (x,)))
s = []
s.append(s)
print(s, repr(s), str([s, s]))
d = {}
d["d"] = d
print(d)
t = [1]
t.append((t, {2: t}))
print(t)
class R:
    def __repr__(self):
        return "R(" + repr(self.inner) + ")"
r = R()
r.inner = [r]
print(repr(r))
class Deep:
    def __repr__(self):
        return "D" + repr(Deep())
try:
    repr(Deep())
except RecursionError as e:
    print("python repr RecursionError")
