# Generic arithmetic, comparisons and branches whose uncommon cases run out of line from the
# dispatch loop (`Ctl::Slow`): overflow to big ints, other operand types, user operators,
# truth of objects, errors raised there (and caught in the same frame); method loads whose
# name may collide with an instance attribute's key bit; attribute loads on sibling classes.
class V:
    def __init__(self, x): self.x = x
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, o): return V(self.x * (o if isinstance(o, int) else o.x))
    def __mod__(self, o): return V(self.x % o)
    def __lt__(self, o): return self.x < (o.x if isinstance(o, V) else o)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __bool__(self): return self.x != 0
    def __repr__(self): return f"V({self.x})"

big = 2 ** 62
vals = [3, 2.5, big, V(4), "ab", [1], (2,)]
out = []
for a in vals:
    for b in [2, 0.5, big, V(3)]:
        for name, f in [("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
                        ("/", lambda a, b: a / b), ("//", lambda a, b: a // b),
                        ("%", lambda a, b: a % b), ("<", lambda a, b: a < b),
                        ("==", lambda a, b: a == b), (">=", lambda a, b: a >= b)]:
            try:
                out.append(f"{a!r}{name}{b!r}={f(a, b)!r}")
            except Exception as e:
                out.append(f"{a!r}{name}{b!r}:{type(e).__name__}")
print(len(out))
for line in out:
    print(line)

# Fused compare-and-branch and truth tests over mixed types, in a loop (the sites stay
# generic or deoptimize).
n = 0
for v in [1, 2.0, V(0), V(5), "", "x", None, [], [0], big, -big, 1.5]:
    if v:
        n += 1
    if not v:
        n += 10
    try:
        if v < 2:
            n += 100
    except TypeError:
        n += 1000
print(n)
i = big - 3
while i < big + 3:
    i += 1
print(i, i * i, (i * i) % 1000003, -i // 7, i % -7)
x = 0
while x < 10 ** 20:
    x = x * 10 + 9
print(x)

# LOAD_METHOD on instances with many attributes (some share a key bit with the method's
# name), then an attribute that shadows the method.
class M:
    def run(self): return "method"
    def go(self): return "go"
m = M()
for k in range(20):
    setattr(m, f"a{k}", k)
res = []
for j in range(60):
    if j == 40:
        m.run = lambda: "shadow"
    if j == 50:
        del m.run
    res.append(m.run()[0] + m.go()[0])
print("".join(res))

# Attribute loads at one site over sibling classes (same layout), with class changes between.
class Base:
    def __init__(self, v): self.v = v
class S1(Base): pass
class S2(Base): pass
objs = [S1(1), S2(2), Base(3)]
t = 0
for j in range(300):
    t += objs[j % 3].v
    if j == 150:
        S2.extra = property(lambda self: 0)
    if j == 200:
        Base.v = property(lambda self: 100)
print(t)
