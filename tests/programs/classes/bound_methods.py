class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc()
f = a.add
for i in range(5):
    f(i)
print(a.total)
print(f.__self__ is a, f.__func__ is Acc.add, f.__name__)
fs = list(map(a.add, [10, 20]))
print(a.total, len(fs), fs[0] is a)
unbound = Acc.add
b = Acc()
unbound(b, 7)
print(b.total)
a.add = lambda n: "instance override"
print(a.add(1), Acc.add(a, 1).total)
class Greeter:
    greeting = "hi"
    def greet(self, who):
        return f"{self.greeting} {who}"
g = Greeter()
print(list(map(g.greet, ["ann", "bob"])))
Greeter.greet2 = lambda self: self.greeting.upper()
print(g.greet2())
