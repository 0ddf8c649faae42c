class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CI("Key"): 1}
print(d[CI("KEY")], CI("a") == "A", "A" == CI("a"), CI("a") != "A", CI("x") in [CI("X")], len({CI("a"), CI("A")}))
class NoHash(int):
    def __eq__(self, o):
        return False
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError", e)
print(NoHash(1) == 1, 1 == NoHash(1))
