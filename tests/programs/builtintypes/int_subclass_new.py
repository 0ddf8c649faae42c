class Celsius(int):
    def __new__(cls, value, unit="C"):
        obj = int.__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{int(self)}{self.unit}"
c = Celsius(21, "K")
print(c, repr(c), str(c), c + 1, c.unit, [c])
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd")
        return super().__new__(cls, v)
print(Even(4))
try:
    Even(3)
except ValueError as e:
    print("ValueError", e)
print(int.__new__(Even, "12"), type(int.__new__(Even, 3)).__name__)
