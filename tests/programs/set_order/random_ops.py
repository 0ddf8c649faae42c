# Random set algebra on ints (seeded), compared against CPython's iteration order.
import random

r = random.Random(2026)
sizes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 16, 20, 33, 50, 100, 300]
ops = ["|", "&", "-", "^", "|=", "&=", "-=", "^=", "union", "inter", "diff", "sym", "copy"]
for trial in range(250):
    hi = r.choice([10, 30, 100, 1000, 2**40])
    A = [r.randrange(-hi // 4, hi) for _ in range(r.choice(sizes))]
    B = [r.randrange(-hi // 4, hi) for _ in range(r.choice(sizes))]
    a = r.choice([set, frozenset])(A)
    b = r.choice([set, frozenset])(B)
    if isinstance(a, set) and r.random() < 0.4:
        for v in list(a)[: r.randrange(len(a) + 1)]:
            a.discard(v)
        for v in B[: r.randrange(len(B) + 1)]:
            a.add(v + 1)
    op = r.choice(ops)
    if op == "|": c = a | b
    elif op == "&": c = a & b
    elif op == "-": c = a - b
    elif op == "^": c = a ^ b
    elif op == "union": c = a.union(B, b)
    elif op == "inter": c = a.intersection(B)
    elif op == "diff": c = a.difference(B)
    elif op == "sym": c = a.symmetric_difference(B)
    elif op == "copy": c = a.copy()
    else:
        c = set(a)
        if op == "|=": c |= b
        elif op == "&=": c &= b
        elif op == "-=": c -= b
        else: c ^= b
    print(trial, op, list(c))
