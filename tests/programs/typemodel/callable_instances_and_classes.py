class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add3 = Adder(3)
print(add3(4), callable(add3), callable(Adder), callable(5))


class Meta(type):
    def __call__(cls, *args):
        return ("made", cls.__name__, args)


class Thing(metaclass=Meta):
    def __call__(self):
        return "instance call"


print(Thing(1, 2))
print(callable(Thing))
t = type.__call__(Thing)
print(type(t).__name__, t())
