print(True & False, True | False, True ^ True, type(True & False).__name__, True & 1, type(True & 1).__name__)
print(True + True, type(True + True).__name__, True * 3, -True, ~True, ~False, True / 2, True // 1, True - False, True ** 2)
print(True == 1, hash(True) == hash(1), {True: "a", 1: "b"}, True < 2, max(True, False), sum([True, True, False]), int(True), float(False), str(True), repr(False))
print(bool.__and__(True, False), (True).__or__(False), (True).__and__(1), (True).__xor__(True), isinstance(True, int), bool(-1), bool(0.0), bool([]), bool(" "))
