import contextlib, enum, io, sys
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); 
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("a") as t, tag("b"):
    print("inside", t)
with contextlib.suppress(KeyError):
    {}["x"]
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in "xyz":
        st.enter_context(tag(n))
    st.callback(print, "callback")
with contextlib.nullcontext(5) as v: print(v)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): pass
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
try: Color(7)
except ValueError as e: print(e)
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, ~Perm.R, list(rw), bool(Perm(0)), Perm(0))
class P2(IntFlag):
    A = 1; B = 2; C = 4
print(P2.A | P2.B, int(P2.A | P2.C), P2(3), P2.A + 1, repr(P2(8 | 1)))
class Pri(IntEnum):
    LOW = 1; HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), f"{Pri.LOW}", str(Pri.LOW), format(Color.RED))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / self.radius ** 2
print(Planet.EARTH.gravity, Planet.MARS.value)
try:
    @unique
    class D(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
class S(str, Enum):
    X = "x"
print(S.X == "x", S.X.upper(), f"{S.X}", S("x"))
class Sh(enum.StrEnum):
    A = auto(); B = "bee"
print(Sh.A, Sh.B, list(Sh))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(M(99), Color.__members__.keys())
