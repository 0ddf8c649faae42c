class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), repr(p), str(p), list(p), p + (3,))
class Pair(tuple):
    def __init__(self, items):
        self.total = sum(items)
q = Pair([4, 5])
print(q, q.total)
try:
    Pair(1, 2)
except TypeError as e:
    print("TypeError", e)
