def gen():
    yield 1
    yield 2
match gen():
    case [a, b]:
        print("matched generator?")
    case _:
        print("generator is not a sequence")
match range(10):
    case [0, 1, *rest]:
        print("range", len(rest), rest[:3])
match [0] * 3:
    case [0, 0, 0]:
        print("zeros")
