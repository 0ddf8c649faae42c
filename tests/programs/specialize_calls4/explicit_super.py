# `super(C, x).name(...)` finds the method without making the super object; every other case
# (shadowed super, bad arguments, missing names, class receivers) behaves as CPython's.


class Base:
    def __init__(self, v):
        self.v = v

    def describe(self, suffix="!"):
        return "Base(%r)%s" % (self.v, suffix)

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def helper(x):
        return x * 2


class Mid(Base):
    def __init__(self, v):
        super(Mid, self).__init__(v + 1)

    def describe(self, suffix="?"):
        return "Mid/" + super(Mid, self).describe(suffix)


class Leaf(Mid):
    def __init__(self, v):
        super(Leaf, self).__init__(v * 10)

    def describe(self):
        return "Leaf/" + super(Leaf, self).describe() + "/" + super(Mid, self).describe()

    def statics(self):
        return super(Leaf, self).helper(4), type(super(Leaf, self).make(1)).__name__


def loop():
    out = []
    for i in range(30):
        out.append(Leaf(i).describe())
    print(out[0], out[-1])
    print(Leaf(1).statics())


loop()


def errors():
    x = Leaf(1)
    for call in (
        lambda: super(Leaf, x).missing(),
        lambda: super(Leaf, 5).describe(),
        lambda: super(5, x).describe(),
        lambda: super(str, x).describe(),
        lambda: super(Base, Leaf).make(3).v,
        lambda: super(Leaf, Leaf).describe(x),
    ):
        try:
            print(call())
        except (TypeError, AttributeError) as e:
            print(type(e).__name__ + ":", e)


errors()


def shadowed():
    calls = []

    def super(*args):
        calls.append(len(args))
        return Base(len(args))

    out = [super(Leaf, Leaf(2)).describe() for _ in range(3)]
    print(out, calls)


shadowed()


class Changing(Base):
    def describe(self, suffix=""):
        return "C/" + super(Changing, self).describe(suffix)


def changed_mid_loop():
    c = Changing(5)
    out = []
    for i in range(30):
        if i == 10:
            Base.describe = lambda self, suffix="": "new base " + suffix
        if i == 20:
            del Base.describe
        try:
            out.append(c.describe(str(i)))
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    print(out[9:11], out[19:21])


changed_mid_loop()
