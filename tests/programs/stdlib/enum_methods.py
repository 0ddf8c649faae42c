from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
    def describe(self):
        return f"{self.name} g={self.gravity}"
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.describe())
print(Planet((3.303e+23, 2.4397e6)))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape("circle"), Shape.default())
try:
    Shape(99)
except ValueError as e:
    print(e)
class Mood(Enum):
    HAPPY = "h"
    SAD = "s"
    def __str__(self):
        return "mood:" + self.value
print(str(Mood.SAD), f"{Mood.HAPPY}", repr(Mood.HAPPY))
match Mood.HAPPY:
    case Mood.SAD:
        print("sad")
    case Mood.HAPPY:
        print("happy")
