class R(str):
    def __repr__(self):
        return "R<" + str.__repr__(self) + ">"
r = R("x")
print(r, repr(r), str(r), [r], f"{r!r}", f"{r}", "%r" % r)
class T(str):
    def __str__(self):
        return "custom"
t = T("base")
print(t, str(t), repr(t), f"{t}", t + "", len(t))
