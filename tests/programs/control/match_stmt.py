def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s if len(s) == 0:
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list first={first} rest={rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point ({px}, {py})"
        case (_, _, _):
            return "triple"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -7, 99, "", "hi", [1, 2], [1, 2, 3], (4,), {"type": "point", "x": 1, "y": 2, "z": 0}, (1, 2, 3), None, 3.5, {}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2)]:
    match p:
        case Point(0, 0):
            print("origin")
        case Point(0, y):
            print("on y axis at", y)
        case Point(x=xx, y=0):
            print("on x axis at", xx)
        case Point(x, y) if x == y:
            print("diagonal", x)
