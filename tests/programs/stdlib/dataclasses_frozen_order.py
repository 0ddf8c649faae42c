from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
try:
    p.x = 3
except FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print("frozen del:", e)
print(hash(p) == hash(P(1, 2)), {p: 1}[P(1, 2)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(2), Version(1, 5), Version(1, 2)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
try:
    Version(1) < 3
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = None
print(hash(H(1)) == hash(H(1)))
try:
    @dataclass(frozen=True)
    class F2(Version):
        pass
except TypeError as e:
    print(e)
