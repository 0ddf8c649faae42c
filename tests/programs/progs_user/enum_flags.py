"""Enums in depth: IntEnum, Flag, StrEnum, unique, auto, members with methods."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

    @property
    def is_error(self):
        return self >= 400


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


class Lower(enum.StrEnum):
    ALPHA = auto()
    BETA = auto()


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count}:{name.lower()}"
    FIRST = auto()
    SECOND = auto()


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


p = Perm.R | Perm.X
print(p, repr(p), Perm.R in p, Perm.W in p, bool(Perm.R & Perm.W), ~Perm.R)
print(Perm.RW, Perm.ALL.value, list(Perm), Perm(6), Perm(0), bool(Perm(0)))
print([m.name for m in Perm.ALL], len(Perm.ALL))
print(Status.OK, repr(Status.NOT_FOUND), Status(500).is_error, Status.OK + 1, Status.OK == 200)
print(sorted([Status.ERROR, Status.OK]), int(Status.NOT_FOUND), f"{Status.OK}", f"{Status.OK!r}")
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet["MERCURY"].radius)
print(Color.RED == "red", Color.RED.upper(), f"{Color.BLUE}", str(Color.BLUE), Color("blue"))
print(Lower.ALPHA, Lower.BETA.value, Lower.ALPHA == "alpha", f"{Lower.BETA}")
print(Ordinal.FIRST.value, Ordinal.SECOND.value)
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape("diamond"), Shape.__members__.keys())
try:
    Shape(9)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Status.OK = 201
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Ext(Status):
        NEW = 1
except TypeError as e:
    print("TypeError:", e)
print(Status.OK.name, Status.OK.value, type(Status.OK), isinstance(Status.OK, int))
print({Status.OK: "fine"}[Status.OK], Status.__members__["ERROR"], len(Status))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Http = IntEnum("Http", [("A", 1), ("B", 2)])
print(Http.B, Http.B * 2)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


print(Mode.READ | Mode.WRITE, Mode(7), Mode.READ | 8, int(Mode(5)), Mode.READ & 4)
match Status(404):
    case Status.OK:
        print("ok")
    case Status.NOT_FOUND | Status.ERROR:
        print("problem")
print(Perm.R < Perm.W if hasattr(Perm, "__lt__") and False else "no order", Perm.R.name)
print(enum.Enum.__name__, Color.RED.name, Color.__members__["RED"].value)
