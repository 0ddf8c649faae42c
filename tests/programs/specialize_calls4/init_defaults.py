# Class instantiation specialized (CALL_INIT) when __init__'s defaults complete the call,
# with its guards failing mid-loop.


class Point:
    def __init__(self, x, y=0, z=None):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.z)


def make_points():
    out = []
    for i in range(40):
        out.append(Point(i))
        out.append(Point(i, i))
        out.append(Point(i, i, i))
    print(out[:3], out[-3:])


make_points()


def init_defaults_changed():
    out = []
    for i in range(40):
        if i == 20:
            Point.__init__.__defaults__ = (7, 8)
        if i == 30:
            Point.__init__.__defaults__ = (9,)
        try:
            out.append(Point(i))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    print(out[18:22], out[28:32], out[-1])
    Point.__init__.__defaults__ = (0, None)


init_defaults_changed()


def init_reassigned():
    out = []
    for i in range(40):
        if i == 15:
            def init2(self, x, y=-1):
                self.x, self.y, self.z = x, y, "init2"
            Point.__init__ = init2
        if i == 25:
            def init3(self, *args):
                self.x, self.y, self.z = args, None, "init3"
            Point.__init__ = init3
        if i == 32:
            del Point.__init__
        try:
            out.append(Point(i))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    print(out[13:17], out[23:27], out[-9:])


init_reassigned()


class Node:
    def __init__(self, value, children=(), parent=None):
        self.value = value
        self.children = list(children)
        self.parent = parent


def wrong_counts():
    out = []
    for i in range(30):
        try:
            if i < 26:
                out.append(Node(i).value)
            elif i == 26:
                out.append(Node())
            elif i == 27:
                out.append(Node(1, 2, 3, 4))
            else:
                out.append(Node(i, [i]).children)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    print(out[24:])


wrong_counts()


class Returns:
    def __init__(self, a, b=1):
        self.a = a
        if a == 25:
            self.bad = True


def init_returning_value():
    count = 0
    for i in range(30):
        if i == 25:
            def init(self, a, b=1):
                return a + b
            Returns.__init__ = init
        try:
            Returns(i)
            count += 1
        except TypeError as e:
            print(i, "TypeError:", e)
    print(count)


init_returning_value()


class Gains:
    def __init__(self, a, b=2):
        self.s = a + b


def class_gains_new():
    out = []
    for i in range(30):
        if i == 20:
            Gains.__new__ = lambda cls, *a: "from __new__"
        r = Gains(i)
        out.append(r if isinstance(r, str) else r.s)
    print(out[18:22])


class_gains_new()


class Base:
    def __init__(self, name, tag="base"):
        self.name = name
        self.tag = tag


class Derived(Base):
    pass


def inherited():
    out = []
    for i in range(30):
        if i == 20:
            Derived.__init__ = lambda self, name, tag="derived": Base.__init__(self, name, tag)
        d = Derived(i)
        out.append((d.name, d.tag))
    print(out[18:22])


inherited()


def deep(n, k=0):
    class Box:
        def __init__(self, v, w=1):
            self.v = v * w
    total = 0
    for i in range(n):
        total += Box(i).v + Box(i, 2).v
    return total


print(deep(100))
