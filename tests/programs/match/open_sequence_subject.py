x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject")
match x, *[3, 4]:
    case a, *b:
        print(a, b)
match 1, 2, 3:
    case (a, b), c:
        print("no")
    case a, b, c:
        print("three", a, b, c)
