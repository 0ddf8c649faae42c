print((-3).__neg__(), (3).__pos__(), (-3).__abs__(), (5).__invert__(), (0).__bool__(), (2).__bool__(), (-2.5).__abs__(), (2.5).__neg__())
print((7).__index__(), (7).__int__(), (7).__float__(), (2.7).__int__(), (2.7).__float__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((2.5).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__(), (2.567).__round__(2), (2.5).__round__(), (7).__round__(-1), (15).__round__(-1), (25).__round__(-1))
print(True.__index__(), type(True.__int__()).__name__, True.__neg__(), (0.0).__bool__(), "".__len__(), (1, 2).__len__())
