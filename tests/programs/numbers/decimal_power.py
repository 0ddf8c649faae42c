from decimal import *
D=Decimal
for a,b in [("4","0.5"),("2","0.5"),("8","0.3333333333333333333333333333"),("1.21","0.5"),("10","-0.5"),("2","1.5"),("-8","0.5"),("0","0.5"),("inf","0.5"),("2","inf"),("0.5","-inf"),("1","inf"),("100","0.25"),("16","0.25"), ("2", "2.0"), ("2","-2.0"), ("1.00", "0.5"), ("3.7", "-2.25"), ("123456.789", "3.3"), ("0.001", "0.1"), ("9", "1E+1000"), ("0.9", "1E+10"), ("10", "999999.5"), ("1.000001", "1234567.8"), ("-0", "0.5"), ("0", "-0.5"), ("-inf", "0.5")]:
    for prec, rnd in [(28, ROUND_HALF_EVEN), (9, ROUND_DOWN), (5, ROUND_CEILING)]:
        setcontext(Context(prec=prec, rounding=rnd, traps=[]))
        try: r = D(a)**D(b)
        except Exception as e: r = type(e).__name__
        print(a, b, prec, r, [k.__name__ for k,v in getcontext().flags.items() if v])
print(D(2).exp(), D(3).ln(), D("0.5").log10())
