class Mod7(int):
    def __add__(self, other):
        return Mod7((int(self) + int(other)) % 7)
    __radd__ = __add__
    def __eq__(self, other):
        return int(self) % 7 == int(other) % 7
    __hash__ = int.__hash__
    def __repr__(self):
        return f"Mod7({int(self)})"
a = Mod7(5)
print(a + 4, 4 + a, a == 12, a != 12, a == 5, repr(a), str(a), hash(a) == hash(5))
class Loud(int):
    def __lt__(self, o):
        print("lt called")
        return int.__lt__(self, o)
print(Loud(1) < 2, sorted([Loud(3), Loud(1)]))
