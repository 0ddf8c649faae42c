match 1:
    case (y as z):
        pass
    case 2:
        pass
