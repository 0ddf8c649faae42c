def f(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(a, b), *rest] if rest:
            return ("pairs", a, b, len(rest))
        case [[*inner]]:
            return ("inner", inner)
        case _:
            return None
print(f([[1, 2], [3, 4]]))
print(f([(1, 2), (3, 4), (5, 6)]))
print(f([[1, 2, 3]]))
print(f([[1, 2]]))
print(f([1]))
