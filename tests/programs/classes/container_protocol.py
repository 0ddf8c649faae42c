class Matrix:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = {}
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"bad index {key}")
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __len__(self):
        return self.rows * self.cols
    def __contains__(self, value):
        return value in self.data.values()
    def __iter__(self):
        for r in range(self.rows):
            yield [self[r, c] for c in range(self.cols)]
m = Matrix(2, 3)
m[0, 1] = 5
m[1, 2] = 7
print(m[0, 1], m[1, 1], len(m), 5 in m, 6 in m)
for row in m:
    print(row)
del m[0, 1]
print(list(m))
try:
    m[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2:3], s["k"])
class Registry:
    def __init__(self):
        self.items = []
    def __call__(self, x):
        self.items.append(x)
        return len(self.items)
r = Registry()
print(r("a"), r("b"), r.items, callable(r))
