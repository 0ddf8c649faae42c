def area(shape):
    match shape:
        case Circle(r):
            return 3 * r * r
        case Rect(w, h) if w == h:
            return w * w
        case [x, *rest] | (x, *rest):
            return x
        case {"w": w, **others}:
            return w
        case None:
            return 0
        case _:
            return -1
