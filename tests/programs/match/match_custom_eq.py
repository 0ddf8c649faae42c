class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called with", other)
        return isinstance(other, int) and other == self.v
m = Meters(5)
match m:
    case 4:
        print("four")
    case 5:
        print("five")
class Const:
    FIVE = 5
match 5:
    case Const.FIVE:
        print("value pattern")
