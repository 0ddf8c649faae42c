# Two-node cycles of ordinary (dict-backed) instances, plus a periodic survivor.
class Pair:
    def __init__(self, v):
        self.v = v
        self.other = None
survivors = []
acc = 0
for i in range(400000):
    a = Pair(i)
    b = Pair(-i)
    a.other = b
    b.other = a
    a.me = a
    acc += a.other.v * 3 + b.other.v + a.me.v
    if i % 50000 == 0:
        survivors.append(a)
print(acc, len(survivors), [s.other.v for s in survivors])
