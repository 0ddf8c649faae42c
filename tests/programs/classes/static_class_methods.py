class Temp:
    unit = "C"
    instances = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(deg):
        return deg >= -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
    def __repr__(self):
        return f"{type(self).__name__}({self.deg:.1f})"
print(Temp.from_f(212), Temp(5).from_f(32))
print(Temp.valid(-300), Temp(0).valid(10))
print(Temp.describe(), Temp.instances)
class Kelvin(Temp):
    unit = "K"
print(Kelvin.describe(), Kelvin.from_f(50), type(Kelvin.from_f(50)).__name__)
print(Temp.instances)
class Counter:
    _next = 0
    @classmethod
    def make_id(cls):
        cls._next += 1
        return cls._next
print([Counter.make_id() for _ in range(3)])
sm = Temp.valid
print(sm(1))
