from enum import Enum, EnumMeta, EnumType
class Color(Enum):
    RED = 1
    GREEN = 2
print(type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color.RED, Enum))
print(Color.RED in Color, Color.GREEN.name in Color.__members__)
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError")
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print(Color.RED.__class__.__name__, Color.__name__)
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color(2)])
print(Color.RED is Color["RED"] is Color(1))
print(bool(Color.RED), bool(Color))
class Empty(Enum):
    pass
print(list(Empty), len(Empty))
class WithEmpty(Empty):
    X = 1
print(WithEmpty.X)
