import random
from decimal import *
random.seed(21)
for i in range(120):
    a = Decimal(random.randint(1, 10**random.randint(1, 8))).scaleb(random.randint(-6, 3))
    b = Decimal(random.randint(-10**5, 10**5)).scaleb(random.randint(-5, -1))
    prec = random.choice([5, 12, 28])
    rnd = random.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP])
    setcontext(Context(prec=prec, rounding=rnd, traps=[]))
    r = a ** b
    print(a, b, prec, rnd, r, a.ln(), a.log10(), (b / 7).exp(), sorted(k.__name__ for k, v in getcontext().flags.items() if v))
