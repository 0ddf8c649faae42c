tests = [
    lambda: int.__add__("a", 1),
    lambda: float.__lt__(1, 2.0),
    lambda: str.__len__(5),
    lambda: list.__getitem__((1,), 0),
    lambda: int.__neg__("x"),
    lambda: tuple.__contains__([1], 1),
    lambda: int.bit_length("x"),
    lambda: float.is_integer(1),
    lambda: (1).__add__(),
    lambda: (1).__neg__(2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
