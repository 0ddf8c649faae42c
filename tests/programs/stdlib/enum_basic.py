from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print(Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
try:
    class Bad(Enum):
        X = 1
        X = 2
except TypeError as e:
    print(e)
try:
    class Sub(Color):
        PINK = 9
except TypeError as e:
    print(e)
