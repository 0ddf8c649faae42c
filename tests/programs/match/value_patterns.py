import math
class Color:
    RED = 1
    GREEN = 2
    class Inner:
        BLUE = 3
def f(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Inner.BLUE:
            return "blue"
        case math.pi:
            return "pi"
        case _:
            return "unknown"
for v in [1, 2, 3, math.pi, 4]:
    print(v, f(v))
