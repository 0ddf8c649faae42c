class S(str): pass
a = S("ab")
print(a == "ab", a < "b", a + S("c"), type(a + S("c")).__name__, "x" + a, a * 2, 2 * a, a % () if "%" in a else a, S("%s!") % "hi", type(S("%s") % 1).__name__)
print(a[::-1], a.__add__("z"), S.__len__(a), str.__len__(a), a.__contains__("a"), a.__getitem__(0), a.__mul__(3))
