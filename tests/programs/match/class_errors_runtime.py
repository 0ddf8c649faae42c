class C:
    pass
class D:
    __match_args__ = ["a"]
class E:
    __match_args__ = (1,)
class F:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
def check(fn):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    else:
        print("no error")
def m1():
    match C():
        case C(1):
            pass
def m2():
    match D():
        case D(1):
            pass
def m3():
    match E():
        case E(1):
            pass
def m4():
    match 1:
        case int(1, 2):
            pass
def m5():
    x = 3
    match 1:
        case x.real():
            pass
def m6():
    match F():
        case F(1, a=1):
            pass
def m7():
    match 1:
        case F(1, 2, 3):
            pass
def m8():
    match F():
        case F(1, 2, 3):
            pass
for fn in [m1, m2, m3, m4, m5, m6, m7, m8]:
    check(fn)
