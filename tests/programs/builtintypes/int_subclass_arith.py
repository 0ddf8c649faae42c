class P(int):
    pass
p = P(3)
print(type(p) is P, isinstance(p, int), type(p).__name__)
for r in (p + 1, 1 + p, p - 1, p * 2, p // 2, p % 2, p ** 2, -p, +p, abs(P(-4)), ~p, p << 1, p >> 1, p & 1, p | 4, p ^ 1):
    print(r, type(r).__name__)
print(p / 2, divmod(p, 2), pow(p, 2, 5))
