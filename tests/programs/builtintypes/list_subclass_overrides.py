class L(list):
    def __len__(self):
        return 100
    def __getitem__(self, i):
        return f"item{i}"
    def __contains__(self, x):
        return x == "magic"
    def __iter__(self):
        return iter(["a", "b"])
l = L([1, 2, 3])
print(len(l), l[0], l[99], "magic" in l, 1 in l, list(l), sorted(l), [x for x in l], tuple(l))
print(bool(l), list.__len__(l), list.__getitem__(l, 0), list.__contains__(l, 1))
