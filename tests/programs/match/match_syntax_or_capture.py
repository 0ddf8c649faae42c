match 1:
    case a | 2:
        pass
