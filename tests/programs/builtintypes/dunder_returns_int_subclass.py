class P(int):
    pass
class Sized:
    def __len__(self):
        return P(3)
    def __hash__(self):
        return P(12345)
s = Sized()
print(len(s), type(len(s)).__name__, hash(s), bool(s))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError", e)
class Bad:
    def __hash__(self):
        return "x"
try:
    hash(Bad())
except TypeError as e:
    print("TypeError", e)
