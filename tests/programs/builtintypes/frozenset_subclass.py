class F(frozenset):
    pass
f = F([1, 2, 2])
print(sorted(f), type(f).__name__, len(f), 2 in f, f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])), sorted(f | {3}), repr(F([7])))
d = {f: "frozen"}
print(d[frozenset([1, 2])], f.issubset({1, 2, 3}), sorted(f.union([5])), list(iter(F([4]))))
class G(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(G(1, 2, 3)), len(G()))
