class Pattern:
    def match(self, s):
        return s.split()[0]
match = Pattern().match("hello world")
print(match)
case = 3
_ = 4
print(case, _)
def match(x):
    return x * 2
print(match(21))
class case:
    pass
print(case.__name__)
match(1)
match [1]:
    case [case_]:
        print("case var", case_)
d = {"match": 1, "case": 2}
print(d["match"], d["case"])
match = [1, 2]
print(match[0])
match.append(3)
print(match)
