from enum import Enum, auto, Flag, StrEnum
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    NORTH = auto()
    SOUTH = auto()
print([m.value for m in Ordinal])
class F(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()
print([m.value for m in F])
class S(StrEnum):
    HELLO_WORLD = auto()
print(S.HELLO_WORLD.value)
class Mixed(Enum):
    A = "x"
    B = auto()
    C = auto()
print([m.value for m in Mixed])
class Start(Enum):
    A = 5
    B = auto()
print(Start.B.value)
