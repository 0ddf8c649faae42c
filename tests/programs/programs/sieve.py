def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(100000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
twins = [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(ps, ps[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:10], max(gaps))
def factorize(n):
    f = []
    for p in ps:
        if p * p > n:
            break
        while n % p == 0:
            f.append(p)
            n //= p
    if n > 1:
        f.append(n)
    return f
for n in [2, 360, 9973, 123456789, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
goldbach = {}
pset = set(ps)
for n in range(4, 60, 2):
    for p in ps:
        if n - p in pset:
            goldbach[n] = (p, n - p)
            break
print(goldbach)
# Segmented counting of primes in ranges, and a prime-counting table.
def count_in(lo, hi):
    lo = max(lo, 2)
    seg = [True] * (hi - lo)
    for p in ps:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            seg[m - lo] = False
    return sum(seg)
for lo, hi in [(0, 100), (100, 1000), (1000, 10000), (10 ** 6, 10 ** 6 + 1000)]:
    print(f"pi({lo}..{hi}) = {count_in(lo, hi)}")
bound = 10
counts = []
idx = 0
while bound <= 100000:
    while idx < len(ps) and ps[idx] <= bound:
        idx += 1
    counts.append((bound, idx))
    bound *= 10
print(counts)
