class C:
    __match_args__ = ("a",)
    a = 1
print("before")
match C():
    case C(1, 2):
        print("no")
