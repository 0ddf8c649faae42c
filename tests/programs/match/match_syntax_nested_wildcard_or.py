match 1:
    case (_ | 1):
        pass
    case 2:
        pass
