match 1:
    case [a, {"k": a}]:
        pass
