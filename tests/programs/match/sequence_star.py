def f(x):
    match x:
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case _:
            return "no"
def g(x):
    match x:
        case [*init, last]:
            return f"init={init} last={last}"
        case _:
            return "no"
def h(x):
    match x:
        case [a, *_, z]:
            return f"a={a} z={z}"
        case [*_]:
            return "short"
for v in [[1], [1, 2, 3], (4, 5), [], range(5)]:
    print(repr(v), f(v), g(v), h(v))
match (1, 2, 3, 4, 5):
    case (1, *mid, 5):
        print("mid", mid, type(mid).__name__)
