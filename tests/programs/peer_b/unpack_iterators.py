# Unpacking takes at most one item more than it needs: endless iterators are fine.
import itertools

def counted():
    for i in range(5):
        print("yield", i)
        yield i

def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def two(src):
    a, b = src
    return a, b

def star(src):
    a, *b = src
    return a, b

attempt("count", lambda: two(itertools.count()))
attempt("gen long", lambda: two(counted()))
attempt("gen exact", lambda: two(iter([7, 8])))
attempt("gen short", lambda: two(iter([7])))
attempt("int", lambda: two(5))
attempt("star int", lambda: star(5))
attempt("star none", lambda: star(None))
attempt("star gen", lambda: star(counted()))
attempt("star empty", lambda: star([]))
attempt("dict", lambda: two({"x": 1, "y": 2}))
attempt("str", lambda: two("pq"))
for x, (y, z) in [(1, "ab"), (2, range(2))]:
    print(x, y, z)
