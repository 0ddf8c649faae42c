from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print([m.value for m in Perm])
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(rw & Perm.X))
print(repr(rw & Perm.W), repr(~Perm.X), repr(Perm.R ^ Perm.R))
print(list(rw), len(rw))
print(Perm(3) is (Perm.R | Perm.W))
class Open(IntFlag):
    RD = 1
    WR = 2
    CREATE = 4
f = Open.RD | Open.CREATE
print(f, repr(f), f == 5, f & 4, isinstance(f, int), f + 1)
print(repr(Open.WR | 8), repr(Open(0)))
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
print(repr(Color.WHITE), list(Color), repr(Color.RED | Color.GREEN | Color.BLUE))
