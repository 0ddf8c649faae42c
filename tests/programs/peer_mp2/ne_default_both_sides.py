# `a != b` with no user __ne__: the default __ne__ of each side inverts that side's __eq__;
# when both give NotImplemented the result falls back to identity.
class C:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "C(%d)" % self.v

    def __eq__(self, other):
        print("  eq", self, other)
        return NotImplemented


class D:
    def __repr__(self):
        return "D()"

    def __eq__(self, other):
        print("  D.eq")
        return isinstance(other, C)


class E:
    def __ne__(self, other):
        print("  E.ne")
        return NotImplemented

    def __eq__(self, other):
        print("  E.eq (must not be called by !=)")
        return True


c, c2 = C(0), C(1)
print("c != c"); print(c != c)
print("c != c2"); print(c != c2)
print("c == c2"); print(c == c2)
print("c != D()"); print(c != D())
print("D() != c"); print(D() != c)
print("c != 1"); print(c != 1)
print("1 != c"); print(1 != c)
e = E()
print("e != e"); print(e != e)
print("e != 3"); print(e != 3)
