class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def f(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y at {y}"
        case Point(x, 0):
            return f"on x at {x}"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case Point(a, b):
            return f"point {a} {b}"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7)]:
    print(f(p))
