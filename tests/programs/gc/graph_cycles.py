class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []
def build_ring(n):
    vs = [Vertex(i) for i in range(n)]
    for i, v in enumerate(vs):
        v.edges.append(vs[(i + 1) % n])
        v.edges.append(vs[(i - 1) % n])
    return vs[0]
total = 0
for r in range(3000):
    start = build_ring(50)
    v = start
    steps = 0
    while True:
        v = v.edges[0]
        steps += 1
        if v is start:
            break
    total += steps + start.edges[1].name
print(total)
class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.kids = []
        if parent:
            parent.kids.append(self)
def grow(depth, parent=None):
    t = Tree(parent)
    if depth:
        grow(depth - 1, t)
        grow(depth - 1, t)
    return t
def size(t):
    return 1 + sum(size(k) for k in t.kids)
acc = 0
for i in range(20):
    acc += size(grow(10))
print(acc)
