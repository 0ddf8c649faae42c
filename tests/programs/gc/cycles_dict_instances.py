class Parent:
    def __init__(self, n):
        self.n = n
        self.children = []
class Child:
    def __init__(self, parent, k):
        self.parent = parent
        self.k = k
        parent.children.append(self)
total = 0
for i in range(100000):
    p = Parent(i)
    for k in range(3):
        Child(p, k)
    total += sum(c.k + c.parent.n for c in p.children)
print(total)
