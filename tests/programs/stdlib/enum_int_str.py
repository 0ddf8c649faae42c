from enum import IntEnum, StrEnum, auto, Enum
class Level(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.MID + 1, Level(2), str(Level.HIGH), repr(Level.LOW))
print(sorted([Level.HIGH, Level.LOW]), Level.LOW == 1, f"{Level.MID}", "%d" % Level.HIGH)
print([l.name for l in Level], max(Level))
class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(Dir.NORTH, Dir.NORTH.upper(), Dir.SOUTH + "!", repr(Dir.NORTH), Dir("s"))
print(Dir.NORTH == "north", isinstance(Dir.SOUTH, str), f"[{Dir.SOUTH}]")
try:
    class BadS(StrEnum):
        A = 1
except TypeError as e:
    print(e)
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
Num = IntEnum("Num", [("ONE", 1), ("TWO", 2)])
print(Num.TWO, repr(Num.ONE))
