# Functions made in a loop share their code's name and qualified name; rebinding one
# function's names does not touch the others.
def outer():
    fs = []
    for i in range(3):
        def inner():
            return i
        fs.append(inner)
    return fs


fs = outer()
print([f.__name__ for f in fs], [f.__qualname__ for f in fs])
fs[0].__qualname__ = "renamed"
fs[1].__name__ = "other"
print([f.__name__ for f in fs], [f.__qualname__ for f in fs])
gens = [(x for x in range(i)) for i in range(3)]
print([g.__name__ for g in gens], [g.__qualname__ for g in gens])
print([list(g) for g in gens])
lam = [lambda: j for j in range(2)]
print([f.__qualname__ for f in lam], [f() for f in lam])
print(repr(fs[0]).split(" at ")[0], repr(fs[2]).split(" at ")[0])


def permutations(pool, r):
    indices = list(range(len(pool)))
    yield tuple(pool[i] for i in indices[:r])
    yield tuple(pool[i] for i in indices[r:])


print(list(permutations("abcd", 2)))
print(len(set(v + i for i, v in enumerate((3, 1, 4, 1, 5)))))
