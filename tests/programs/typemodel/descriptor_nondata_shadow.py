import functools


class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        setattr(obj, self.name, value)
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @cached
    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
print(c.area)
print(c.area)
print(c.area)
d = Circle(3)
print(d.area, c.area)
