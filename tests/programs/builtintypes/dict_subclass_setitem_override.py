class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u, u["a"], u["A"], len(u))
class Counting(dict):
    def __len__(self):
        return 99
print(len(Counting(a=1)), bool(Counting()))
