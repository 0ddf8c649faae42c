def f(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 10000000000000000000000:
            return "big"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case _:
            return "other"
for v in [0, 0.0, False, -1, 10**22, 1.5, -2.5, 7, "0"]:
    print(repr(v), f(v))
