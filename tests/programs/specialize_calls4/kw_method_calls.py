# Bound-method calls with keyword arguments, bound in place, in every order and with the
# errors CPython reports.


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, amount, scale=1, offset=0):
        self.total += amount * scale + offset
        return self.total

    def only_pos(self, a, /, b=2):
        return a * b


def orders():
    c = Counter()
    out = []
    for i in range(30):
        out.append(c.add(i, scale=2))
        out.append(c.add(i, offset=1, scale=3))
        out.append(c.add(amount=i, offset=2))
        out.append(c.add(offset=3, amount=i, scale=0))
        m = c.add
        out.append(m(i, offset=-1))
    print(out[:5], out[-5:], c.total)


orders()


def errors():
    c = Counter()
    for call in (
        lambda: c.add(1, amount=2),
        lambda: c.add(bogus=1),
        lambda: c.add(scale=2),
        lambda: c.add(1, 2, 3, offset=4),
        lambda: c.add(self=c, amount=1),
        lambda: c.only_pos(a=1),
        lambda: c.only_pos(1, b=5),
        lambda: c.add(1, scale=2, scale2=3),
    ):
        try:
            print(call())
        except TypeError as e:
            print("TypeError:", e)


errors()


def replaced_mid_loop():
    c = Counter()
    out = []
    for i in range(40):
        if i == 15:
            Counter.add = lambda self, amount, scale=1, offset=0: ("lambda", amount, scale, offset)
        if i == 25:
            Counter.add = staticmethod(lambda amount, scale=5, offset=0: ("static", amount, scale))
        if i == 30:
            c.add = lambda **kw: sorted(kw.items())
        if i == 35:
            del c.add
            Counter.add = lambda self, *args, **kw: (args, sorted(kw))
        out.append(c.add(amount=i, scale=2))
    print(out[13:17], out[23:27], out[28:32], out[-2:])


replaced_mid_loop()


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def moved(self, dx=0, dy=0):
        return Vec(self.x + dx, self.y + dy)

    def kwonly(self, *, k=1):
        return self.x * k

    def varkw(self, a, **rest):
        return (a, sorted(rest.items()))


def chains():
    v = Vec(0, 0)
    for i in range(50):
        v = v.moved(dy=1).moved(dx=2, dy=-1).moved(dy=i % 3, dx=0)
    print(v.x, v.y)
    print(v.kwonly(k=3), v.varkw(1, z=2, y=3), v.varkw(a=5))
    try:
        v.kwonly(3)
    except TypeError as e:
        print("TypeError:", e)


chains()


class Meth:
    def __call__(self, a, b=0):
        return a - b


def bound_builtin_and_callable():
    d = {}
    s = Meth()
    out = []
    for i in range(20):
        out.append(sorted([3, 1, 2], reverse=i % 2 == 0))
        out.append(d.get(i, "none"))
        out.append(s(i, b=1))
        out.append("-".join(["a", "b"]).split(sep="-", maxsplit=i % 2))
    print(out[:4], out[-4:])


bound_builtin_and_callable()
