it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("finished")
        return self.n
print(list(Counter()))
c = Counter()
for x in c:
    pass
try:
    next(c)
except StopIteration as e:
    print("again:", e)
def g():
    return 99
    yield
try:
    next(g())
except StopIteration as e:
    print("value", e.value, e.args)
print(next(iter({}), "default"))
