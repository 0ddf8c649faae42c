class S(set):
    pass
s = S([3, 1, 2])
s.add(4)
print(sorted(s), type(s).__name__, len(s), 1 in s, s == {1, 2, 3, 4}, sorted(s | {9}), sorted(s & {1, 2}), sorted(s - {1}), isinstance(s, set))
s.discard(4); s.remove(3)
print(sorted(s), s <= {1, 2, 3}, s.issubset([1, 2]), sorted(s.union([7])), repr(S([5])))
class Tagged(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = Tagged([1, 1, 2], "x")
print(sorted(t), t.tag, len(t))
