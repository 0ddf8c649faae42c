a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c)
b.append(4)
print(a, c)
print(None is None, type(None) is type(None))
print(type(1) is int, type(1.0) is float, type("") is str, type([]) is list)
t = (1, 2)
print(t is t, () is ())
print(3 in a, 5 in a, 5 not in a)
print("ell" in "hello", "" in "abc", "x" not in "abc")
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, "k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print(2 in {1, 2, 3}, 2 in frozenset([2]), 2.0 in {2})
print(4 in range(0, 10, 2), 5 in range(0, 10, 2), -3 in range(-10, 0))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
bx = Box([1, 2])
print(1 in bx, 3 in bx, 3 not in bx)
print(any(x is None for x in [1, None]), all(x is not None for x in [1, 2]))
