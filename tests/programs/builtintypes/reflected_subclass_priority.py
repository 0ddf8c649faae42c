class P(int):
    def __radd__(self, other):
        return "P.radd"
    def __rsub__(self, other):
        return "P.rsub"
print(1 + P(2), 5 - P(1), P(2) + 1)
class M(int):
    def __mul__(self, other):
        return "M.mul"
print(M(2) * 3, 3 * M(2), M(2) * M(3))
