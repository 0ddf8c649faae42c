def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return f"captured {other!r}"
print(f(1), f(2), f("s"))
match 42:
    case _:
        print("wildcard matched")
match [1, 2]:
    case whole:
        print("whole", whole)
print(whole)
