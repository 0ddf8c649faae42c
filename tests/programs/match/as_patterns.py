def f(x):
    match x:
        case [1, 2] as pair:
            return ("pair", pair)
        case (int() | str()) as scalar:
            return ("scalar", scalar)
        case [(1 | 2) as small, *rest]:
            return ("starts small", small, rest)
        case {"k": [_, _] as two}:
            return ("k two", two)
        case other:
            return ("other", other)
for v in [[1, 2], 5, "s", [2, 9, 9], {"k": (3, 4)}, 2.5]:
    print(f(v))
