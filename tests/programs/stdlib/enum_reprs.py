import enum
from enum import *
class P(Flag):
    R=4; W=2; X=1
print(repr(P.R|P.W), str(P.R|P.X), repr(P(0)), repr(~P.R), list(P.R|P.W), P.W in (P.R|P.W), bool(P(0)))
print(repr(P(7)))
class I(IntFlag):
    A=1; B=2
print(repr(I.A|I.B), str(I.A|4), repr(I.A|4), repr(~I.A), I.A|I.B == 3)
class C(Enum):
    R=1; G=2
print(C.__members__)
try: print(3 in C)
except TypeError as e: print(e)
print(C.R in C, format(C.R), f"{C.R:>10}|")
class N(IntEnum):
    a=1
print(str(N.a), repr(N.a), format(N.a), N.a + 1)
class S(StrEnum):
    x = auto(); Y = "why"
print(str(S.x), repr(S.x), S.Y == "why")
class M(int, Enum):
    q = 3
print(str(M.q), format(M.q), repr(M.q))
try: C(5)
except ValueError as e: print(e)
try: C["Z"]
except KeyError as e: print(repr(e))
try: C.R = 3
except AttributeError as e: print(e)
print(type(C), C, repr(C))
