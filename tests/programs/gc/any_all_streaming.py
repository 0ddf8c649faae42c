print(any(len(str(i) * 3) > 17 for i in range(300000)), all(len(str(i)) < 7 for i in range(300000)))
print(any([]), all([]), any([0, "", None]), all([1, "x"]), any(x > 2 for x in [1, 2, 3]), all(iter([1, 0])))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(any(B(i == 3) for i in range(5)), all(B(True) for _ in range(3)))
def g():
    yield 0
    raise KeyError("k")
try:
    any(g())
except KeyError as e:
    print("KeyError", e)
print(any(map(str.isdigit, ["a", "1"])), all(map(bool, range(1, 4))))
