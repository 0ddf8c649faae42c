class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CI("Key"): 1}
print(d[CI("KEY")], CI("a") == "A", "A" == CI("a"), CI("a") != "A", CI("x") in [CI("X")], len({CI("a"), CI("A")}))
class S(str):
    pass
s = S("abc")
for r in (s.lower(), s.zfill(2), s.center(2), s.ljust(1), s.rjust(0), s.strip(), s.replace("z", "y"), s.upper().lower(), str(s), s[:], s * 1, s + ""):
    print(repr(r), type(r).__name__)
