class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be non-negative")
        self._r = v
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
    @property
    def diameter(self):
        return self._r * 2
    @diameter.deleter
    def diameter(self):
        print("deleting diameter")
        self._r = 0
c = Circle(2)
print(c.radius, c.area, c.diameter)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.diameter
print(c.radius)
print(type(Circle.radius).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
