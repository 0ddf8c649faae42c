class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        if not isinstance(o, P):
            return NotImplemented
        return self.v == o.v
print(P(1) == P(1))
print(P(1) != P(2))
print(P(1) == 1)
print(P(1) != "x")
print(P(3) in [P(1), P(3)])
class R:
    def __eq__(self, o):
        print("R.eq")
        return NotImplemented
print(R() == R())
r = R()
print(r == r)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(Lt(1) < Lt(2))
print(Lt(1) > Lt(2))
