# Keyword calls bound by name: names in every order, names from **kwargs built at run time
# (not interned), keyword-only parameters, the TypeErrors CPython reports, and class calls
# with keywords whose __init__ changes mid-loop.
import itertools


def f(a, b, c=3, d=4):
    return a * 1000 + b * 100 + c * 10 + d


def kwonly(a, *, k, m=7):
    return (a, k, m)


def posonly(a, b, /, c=0):
    return (a, b, c)


def orders():
    vals = {"a": 1, "b": 2, "c": 5, "d": 6}
    seen = []
    for n in range(1, 5):
        for names in itertools.permutations("abcd", n):
            kw = {k: vals[k] for k in names}
            try:
                seen.append(f(**kw))
            except TypeError as e:
                seen.append(str(e))
    print(len(seen), seen[:6], seen[-3:])
    total = 0
    for i in range(40):
        total += f(i, d=1, b=2)
        total += f(d=i, c=1, b=2, a=3)
        total += f(i, 2, d=0)
        total += f(b=i, a=i)
    print(total)


def long_names(a, parameter_name_longer_than_forty_characters_x=1, b=2):
    return a + parameter_name_longer_than_forty_characters_x * b


def runtime_names():
    # Names made by joining strings are not the interned constants of the code object.
    out = []
    for i in range(20):
        key = "".join(["b"])
        other = "d" + ""
        kw = {key: i, other: -i}
        out.append(f(1, **kw))
        out.append(f(**{"a" + "": i, "b": 0}))
    print(out[:4], out[-2:])
    t = 0
    for i in range(20):
        t += long_names(i, parameter_name_longer_than_forty_characters_x=i, b=3)
        t += long_names(b=1, a=i)
    print(t)
    try:
        long_names(1, parameter_name_longer_than_forty_characters_y=2)
    except TypeError as e:
        print("TypeError:", e)


def keyword_only():
    out = []
    for i in range(20):
        out.append(kwonly(i, k=i * 2))
        out.append(kwonly(m=1, k=2, a=i))
    print(out[:3], out[-2:])
    for call in (lambda: kwonly(1), lambda: kwonly(1, 2), lambda: kwonly(1, k=1, z=2)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


def errors():
    cases = [
        lambda: f(1, 2, e=3),
        lambda: f(1, a=2),
        lambda: f(1, 2, 3, 4, b=5),
        lambda: f(b=1),
        lambda: f(1, c=2),
        lambda: f(1, 2, **{"x" + "y": 1}),
        lambda: f(1, **{"a" + "": 2}),
        lambda: posonly(1, b=2),
        lambda: posonly(1, 2, c=3, a=4),
    ]
    for i in range(3):
        for c in cases:
            try:
                print(c())
            except TypeError as e:
                print("TypeError:", e)


class Point:
    def __init__(self, x, y=0, z=0):
        self.x, self.y, self.z = x, y, z


def init_xyz(self, x, y=10, z=20, *, w=1):
    self.x, self.y, self.z = x * w, y, z


def class_calls():
    total = 0
    for i in range(60):
        if i == 30:
            Point.__init__ = init_xyz
        p = Point(i, z=2)
        q = Point(x=i, y=1)
        total += p.x + p.y + p.z + q.x + q.y + q.z
        if i >= 30:
            r = Point(i, w=3)
            total += r.x
    print(total)
    for call in (lambda: Point(1, q=2), lambda: Point(1, x=2), lambda: Point(y=2)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


orders()
runtime_names()
keyword_only()
errors()
class_calls()
