from dataclasses import dataclass, make_dataclass, field, fields, is_dataclass
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, "__dict__" in P.__dict__)
try:
    p.z = 3
except AttributeError:
    print("no new attributes")
@dataclass(frozen=True, slots=True)
class F:
    a: int
try:
    F(1).a = 2
except AttributeError as e:
    print(type(e).__name__, e)
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=5))], namespace={"norm": lambda self: self.x + self.y})
q = Pt(1)
print(q, q.norm(), is_dataclass(Pt), [f.name for f in fields(Pt)])
try:
    make_dataclass("Pt2", [("a", int)], frozen=True, bases=(Pt,))
except TypeError as e:
    print(e)
Pt3 = make_dataclass("Pt3", [("a", int, field(default=0))], bases=(Pt,))
print(Pt3(1, 2, 3), Pt3(x=4))
