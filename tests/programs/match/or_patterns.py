def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [1, y] | [y, 1]:
            return f"pair with one, other={y}"
        case (int(n) | float(n)) if n > 100:
            return f"big number {n}"
        case {"k": v} | {"key": v}:
            return f"key {v}"
        case _:
            return "other"
for v in [1, 3, 4, "b", "c", [1, 5], [7, 1], [2, 2], 500, 500.5, {"key": 9}, {"k": 8}]:
    print(repr(v), f(v))
