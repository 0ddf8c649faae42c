def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
c = append_to(3, [])
print(c, append_to.__defaults__)
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
n = 5
def uses_default(x=n):
    return x
n = 10
print(uses_default())
def make(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(make(1), make(2), make(3, [0]))
