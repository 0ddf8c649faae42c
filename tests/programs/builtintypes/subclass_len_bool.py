class Zero(int): pass
class E(str): pass
print(bool(Zero(0)), bool(Zero(3)), bool(E("")), bool(E("x")), len(E("abc")))
class AlwaysTrue(list):
    def __bool__(self):
        return True
print(bool(AlwaysTrue()), len(AlwaysTrue()), "yes" if AlwaysTrue() else "no")
class LenTwo(tuple):
    def __len__(self):
        return 2
print(len(LenTwo((1, 2, 3))), bool(LenTwo(())), list(LenTwo((1, 2, 3))))
