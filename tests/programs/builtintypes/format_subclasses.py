class I(int): pass
class F(float): pass
class S(str): pass
print(format(I(255), "x"), format(I(5), "03d"), format(F(3.14159), ".2f"), format(S("ab"), ">4"), f"{I(7):+}", f"{F(1.5):e}", f"{S('x'):*^5}", "{:,}".format(I(1234567)))
class Custom(int):
    def __format__(self, spec):
        return "custom:" + spec
print(format(Custom(1), "abc"), f"{Custom(2):zz}", "{0:q}".format(Custom(3)))
