class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def greet(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def greet(self):
        return ["Left"] + super().greet()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def greet(self):
        return ["Right"] + super().greet()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.trail.append("Bottom")

    def greet(self):
        return ["Bottom"] + super().greet()


b = Bottom()
print(b.trail)
print(b.greet())
print([k.__name__ for k in Bottom.__mro__])
print(super(Left, b).greet())
