def f(x):
    match x:
        case "hello":
            return 1
        case "a" "b":
            return 2
        case "":
            return 4
        case _:
            return 0
for v in ["hello", "ab", "", "bytes", None]:
    print(repr(v), f(v))
