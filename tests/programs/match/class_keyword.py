class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"y axis {yy}"
        case Point(x=xx, y=0):
            return f"x axis {xx}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1), (0, 0)]:
    print(where(p))
class P3(Point):
    pass
print(where(P3(0, 9)))
match Point(1, 2):
    case Point(z=1):
        print("has z")
    case Point(x=1, z=_):
        print("has z 2")
    case _:
        print("no z attribute: no match")
