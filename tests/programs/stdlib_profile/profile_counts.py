# Profiles whose call counts are deterministic: the timing columns are masked.
import cProfile, pstats, io, re, profile
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
def helper(x):
    return x * 2
def work():
    total = 0
    for i in range(50):
        total += helper(i)
    shapes = [Shape(i, i + 1) for i in range(10)]
    return total + sum(s.area() for s in shapes) + fib(12)
def mask(text):
    text = re.sub(r"\d+\.\d{3}", "T", text)
    return "\n".join(line.rstrip() for line in text.splitlines())
def python_rows(text):
    # Only rows of this file's functions (CPython also lists builtins).
    return [l for l in text.splitlines() if "prof" in l and ".py:" in l]
pr = cProfile.Profile()
pr.enable()
result = work()
pr.disable()
print("result", result)
s = io.StringIO()
ps = pstats.Stats(pr, stream=s).strip_dirs().sort_stats("calls", "name")
ps.print_stats()
for row in python_rows(mask(s.getvalue())):
    print(row)
st = ps.stats
for key in sorted(k for k in st if k[0].startswith("prof")):
    cc, nc, tt, ct, callers = st[key]
    # (Callers that are builtins, such as sum() for the generator, are left out.)
    print(key[1:], cc, nc, tt >= 0, ct >= tt - 1e-9,
          sorted(c[2] for c in callers if c[0].startswith("prof") and key[2] != "<genexpr>"))
print(ps.total_calls >= 251, ps.prim_calls < ps.total_calls)
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats(pstats.SortKey.NAME).print_stats("fib|helper")
print("\n".join(l for l in mask(s.getvalue()).splitlines() if ("fib" in l or "helper" in l) and "reduced" not in l))
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats("name").print_callers("helper")
print([l for l in mask(s.getvalue()).splitlines() if "helper" in l and "reduced" not in l])
with cProfile.Profile() as p2:
    fib(5)
p2.create_stats()
print({k[2]: v[:2] for k, v in p2.stats.items() if k[2] == "fib"})
p3 = profile.Profile()
print(p3.runcall(fib, 6))
p3.create_stats()
print({k[2]: (v[0], v[1], v[4].get((__file__, 3, "fib"))) for k, v in p3.stats.items() if k[2] == "fib"})
p4 = cProfile.Profile()
p4.runctx("fib(4)", globals(), {})
p4.create_stats()
print({k[2]: v[:2] for k, v in p4.stats.items() if k[2] == "fib"})
print(pstats.SortKey.CUMULATIVE, pstats.SortKey("tottime") is pstats.SortKey.TIME, pstats.f8(1.23456))
print(pstats.func_std_string(("~", 0, "<built-in method builtins.len>")), pstats.func_std_string(("a.py", 3, "f")))
try:
    pstats.Stats(cProfile.Profile())
except TypeError as e:
    print("TypeError", str(e).split(" object from")[0])
