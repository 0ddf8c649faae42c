class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and self.a == other.a and self.b == other.b
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a},{self.b})"
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "second"
d[Key(2, 1)] = "third"
print(d, len(d), d[Key(2, 1)], Key(1, 2) in d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
class Default:
    pass
x = Default()
y = Default()
print(x == x, x == y, x != y, {x: 1}[x])
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 5, 5 == AlwaysEq(), [1, 2].count(AlwaysEq()))
class CountEq:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        CountEq.calls += 1
        return self.v == o.v
    def __hash__(self):
        return self.v % 3
keys = [CountEq(i) for i in range(9)]
table = {k: k.v for k in keys}
print(table[CountEq(7)], len(table))
