from dataclasses import dataclass, field, fields
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 10
    y: int = 5
print(Derived(1), [f.name for f in fields(Derived)])
class Plain(Base):
    def extra(self):
        return self.x + 1
print(Plain(4).extra(), Plain(4))
@dataclass
class Custom:
    a: int
    def __repr__(self):
        return "Custom!"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2))
try:
    @dataclass
    class Oops(Base):
        w: int
except TypeError as e:
    print(e)
@dataclass
class Tree:
    val: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(Tree.__match_args__)
match t:
    case Tree(1, [first, *rest]):
        print("matched", first.val, len(rest))
