def f(x):
    match x:
        case (1):
            return "paren one"
        case ((2 | 3)):
            return "two or three"
        case ([a, b]):
            return f"list {a} {b}"
        case (y):
            return f"captured {y}"
print(f(1), f(3), f([4, 5]), f(9))
