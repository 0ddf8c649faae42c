import math, operator
class P(int):
    pass
class F(float):
    pass
print(math.gcd(P(12), 8), math.isqrt(P(17)), math.factorial(P(5)), math.sqrt(P(16)), math.floor(F(2.7)), math.ceil(F(2.1)), math.trunc(F(-2.5)))
print(operator.add(P(1), 2), operator.index(P(4)), operator.lt(P(1), 2), operator.neg(P(3)), abs(F(-2.0)), type(abs(F(-2.0))).__name__)
print(P(3) in range(5), P(3) in [3], P(3) in {3}, [3].index(P(3)), (P(1), P(2)) == (1, 2), sum([P(1), 2.5]), min([P(5), P(2)]), type(min([P(5), P(2)])).__name__)
print(divmod(P(7), P(2)), pow(P(2), P(5)), pow(P(3), 2, P(5)), round(F(2.5)), round(F(2.567), 1), hash(F(1.0)) == hash(1))
