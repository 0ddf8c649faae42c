# Unpacking falls back to the __getitem__ iteration protocol, as iter() does.
class R:
    def __getitem__(self, i): return [1, 2][i]
a, b = R(); print(a, b)
a, *b = R(); print(a, b)
print([*R()], list(R()), tuple(R()))
try:
    a, b, c = R()
except ValueError as e:
    print(e)
class N: pass
try:
    a, b = N()
except TypeError as e:
    print(e)
try:
    a, *b = N()
except TypeError as e:
    print(e)
