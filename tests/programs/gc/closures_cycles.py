def make(n):
    state = {"n": n}
    def get():
        return state["n"]
    state["getter"] = get
    return get
total = 0
for i in range(150000):
    g = make(i)
    total += g()
print(total)
class Obj:
    def __init__(self, v):
        self.v = v
        self.method_ref = self.value
    def value(self):
        return self.v
s = 0
for i in range(100000):
    s += Obj(i).method_ref()
print(s)
