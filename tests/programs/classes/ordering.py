class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __repr__(self):
        return f"V{self.s}"
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.0.1"), Version("2") > Version("10"), Version("3.1") <= Version("3.1"))
print(Version("1.2") >= Version("1.3"))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.2"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
items.sort()
print(items, OnlyLt(5) > OnlyLt(4))
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))
