class LoudProperty(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("loud get")
        return super().__get__(obj, owner)


class A:
    def __init__(self):
        self._v = 1

    @LoudProperty
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value


a = A()
print(a.v)
a.v = 5
print(a.v)
print(type(A.__dict__["v"]).__name__)
print(isinstance(A.__dict__["v"], property))
