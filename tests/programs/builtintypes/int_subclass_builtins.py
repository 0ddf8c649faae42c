class P(int):
    pass
p = P(7)
print(repr(p), str(p), int(p), type(int(p)).__name__, float(p), format(p, "05d"), f"{p:x}", hex(p), bin(p), oct(p))
print(bool(P(0)), bool(p), [10, 20, 30, 40, 50, 60, 70, 80][p], hash(p) == hash(7), p == 7, p < 8, p >= 7)
print(sorted([P(3), 1, P(2)]), max(P(1), P(5)), sum([P(1), P(2)]), round(p), round(P(1234), -2))
print(p.bit_length(), p.real, p.imag, p.numerator, p.denominator, p.conjugate(), type(p.real).__name__)
print(list(range(P(3))), "ab" * P(2), {p: "seven"}[7], {7: "x"}[p])
