# super().method(...), classmethod and staticmethod calls in loops, with changes after warm-up.


class Base:
    def area(self, k):
        return ("Base.area", k)

    @classmethod
    def name(cls):
        return cls.__name__

    @staticmethod
    def unit():
        return 1


class Mid(Base):
    def area(self, k):
        return ("Mid", super().area(k + 1))

    @classmethod
    def name(cls):
        return "Mid<" + super().name() + ">"


class Leaf(Mid):
    def area(self, k):
        return ("Leaf", super().area(k * 2))

    @classmethod
    def name(cls):
        return "Leaf<" + super().name() + ">"

    @staticmethod
    def unit():
        return 2 + super(Leaf, Leaf).unit()


def run(objs, n):
    out = []
    for _ in range(n):
        for o in objs:
            out = [o.area(1), o.name(), type(o).name(), o.unit(), type(o).unit()]
    return out


objs = [Base(), Mid(), Leaf()]
for o in objs:
    print(run([o], 30))
Base.area = lambda self, k: ("patched", k)
print(run([objs[2]], 30))
Mid.name = classmethod(lambda cls: "mid-patched")
print(run([objs[2]], 30))
Base.unit = staticmethod(lambda: 40)
print(run(objs, 30))
del Mid.area
print(run([objs[2]], 30))
objs[2].__class__ = Mid
print(run([objs[2]], 30))


# super() where the instance's own dict has the same name.
class Shadow(Base):
    def area(self, k):
        return super().area(k)


s = Shadow()
for _ in range(30):
    r = s.area(3)
print(r)
s.area = lambda k: "instance attr"
print(s.area(3), Shadow.area(s, 4))


# A classmethod called on instances of many classes at one site.
class A1(Base):
    pass


class A2(Base):
    @classmethod
    def name(cls):
        return "A2!"


print([o.name() for _ in range(10) for o in (A1(), A2(), Base(), Leaf())][-4:])
