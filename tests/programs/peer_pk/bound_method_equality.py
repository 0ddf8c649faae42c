# Bound methods compare equal when they bind the same object to the same function;
# their hash follows that equality.
class C:
    def m(self):
        return 1

    def n(self):
        return 2


c, d = C(), C()
print(c.m == c.m, c.m != c.m, c.m is c.m)
print(c.m == d.m, c.m == c.n)
print(hash(c.m) == hash(c.m))
print(len({c.m, c.m, d.m}))

a, b = [1], [1]
print(a.append == a.append, a.append != a.append)
print(a.append == b.append, a.append is a.append)
print(hash(a.append) == hash(a.append))
print("x".upper == "x".upper)


class K:
    @classmethod
    def cm(cls):
        return cls


print(K.cm == K.cm, K().cm == K.cm)
# a method bound to an unhashable object is still hashable
print(type(hash([].append)) is int)
