class P(int):
    def double(self):
        return P(self * 2)
p = P(5)
p.label = "five"
print(p.label, p.__dict__, p.double(), type(p.double()).__name__)
class Q(P):
    pass
q = Q(2)
print(type(q).__mro__[1:3], isinstance(q, P), isinstance(q, int), q + q)
