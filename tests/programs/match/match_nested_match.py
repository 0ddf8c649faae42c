def f(cmd):
    match cmd:
        case [verb, *args]:
            match verb:
                case "go":
                    match args:
                        case [direction]:
                            return f"going {direction}"
                        case []:
                            return "go where?"
                case "look":
                    return "looking"
            return f"unknown verb {verb}"
        case _:
            return "empty"
for c in [["go", "north"], ["go"], ["look"], ["dance", 1], []]:
    print(f(c))
