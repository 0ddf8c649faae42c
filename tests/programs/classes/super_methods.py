class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "[" + super().describe() + "]"
class Cube(Square):
    def area(self):
        return 6 * super().area()
for s in [Shape("blob"), Rect(2, 3), Square(4), Cube(2)]:
    print(s.describe())
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
d = Logged()
d["a"] = 1
d["b"] = 2
print(d, len(d), isinstance(d, dict))
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml).__name__, ml[1:])
class Base:
    def hello(self):
        return "Base.hello"
class Child(Base):
    def hello(self):
        return "Child+" + super(Child, self).hello()
print(Child().hello())
