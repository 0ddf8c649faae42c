class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"

    @staticmethod
    def st(x):
        return "A.st(%s)" % x

    label = "A-label"

    @property
    def prop(self):
        return "A-prop of " + type(self).__name__


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @staticmethod
    def st(x):
        return "B>" + super(B, B).st(x)

    label = "B-label"

    @property
    def prop(self):
        return "B>" + super().prop

    def explicit(self):
        return super(B, self).who(), super(A, self).__class__.__name__

    def labels(self):
        return self.label, super().label


class C(B):
    pass


b = B()
print(b.who(), B.make(), C.make(), B.st(1))
print(b.prop, C().prop)
print(b.explicit())
print(b.labels())
print(super(B, C).make())
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super().who()
except RuntimeError as e:
    print("RuntimeError", e)
