def f(x):
    match x:
        case [a, b]:
            return f"seq {a} {b}"
        case [*items]:
            return f"seq {items}"
        case _:
            return "not a sequence"
for v in ["ab", b"ab", "", {"a": 1, "b": 2}, {1, 2}, [1, 2], (1,), 12]:
    print(type(v).__name__, f(v))
