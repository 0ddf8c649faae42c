src = """
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
def make(k):
    def add(v):
        return v + k
    return add
c = Counter()
c.inc()
result = (c.inc(), make(10)(5), [x * k2 for x in range(3)])
"""
ns = {"k2": 3}
exec(src, ns)
print(ns["result"])
print(ns["Counter"].__name__, ns["Counter"].__module__ if "__module__" in dir(ns["Counter"]) else None)
