import reprlib, timeit

r = reprlib.Repr()
print(reprlib.repr(list(range(20))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr("x" * 100), reprlib.repr(2 ** 200), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset()), reprlib.repr(set()))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({"a": [1, 2, {"b": {"c": {}}}]}))
r.maxlist = 2
r.maxstring = 10
r.fillvalue = "+++"
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"))
class Big:
    def __repr__(self):
        return "Big(" + "z" * 50 + ")"
print(reprlib.repr(Big()))

class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children
print(Node(), Node.__repr__.__name__)

counter = []
t = timeit.Timer("counter.append(1)", globals={"counter": counter})
elapsed = t.timeit(number=100)
print(len(counter), elapsed >= 0.0)
print(len(timeit.repeat("x = 1", repeat=3, number=10)))
n = []
print(timeit.timeit(lambda: n.append(0), number=7) >= 0, len(n))
print(timeit.timeit("y = x * 2", setup="x = 21", number=5) >= 0)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError")
t = timeit.Timer(setup=lambda: n.clear(), stmt="pass")
t.timeit(3)
print(len(n))
